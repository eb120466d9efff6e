using System.Net;
using System.Text;
using Master.Database.Settings;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Security.Secrets;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Accounts;

/// <summary>Passwords, tokens and protected secrets never reach the database files as plain text.</summary>
public sealed class SecretsAtRestTests
{
    [Test]
    public async Task No_password_token_or_protected_secret_is_in_the_database_files()
    {
        var factory = new GatewayFactory();
        await using var _ = factory;
        const string UserPassword = "plain-text-user-password";
        const string Webhook = "https://hooks.example.com/services/T000/B000/plain-secret-path";
        var (created, _, response) = await factory.Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/users",
            $$"""{"username": "ana", "password": "{{UserPassword}}", "role": "operator"}""");
        response.Dispose();
        created.Should().Be(HttpStatusCode.Created);
        var session = await factory.LoginAsync("ana", UserPassword);
        var (_, key, keyResponse) = await factory.ClientWith(session).SendJsonAsync(HttpMethod.Post, "/api/v2/tokens", """{"name": "ci"}""");
        keyResponse.Dispose();
        var apiKey = key!["token"]!.GetValue<string>();
        (await factory.ClientWith(apiKey).GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.OK);
        var protector = factory.Services.GetRequiredService<ISecretProtector>();
        await factory.Services.GetRequiredService<ISettingRepository>().SetAsync(
            "test.protected", protector.Protect(Webhook, "test:webhook_url"));
        var adminToken = await factory.TokenForAsync(Role.Admin);

        var files = string.Concat(Directory.EnumerateFiles(factory.DataDirectory, "master.db*")
            .Select(path => Encoding.Latin1.GetString(ReadShared(path))));

        files.Should().Contain("ana", "the scan reads the live database files, write-ahead log included");
        foreach (var secret in new[] { UserPassword, GatewayFactory.AdminPassword, session, apiKey, adminToken, Webhook, "plain-secret-path" })
        {
            files.Should().NotContain(secret);
        }
    }

    [Test]
    public async Task The_secret_key_is_generated_on_first_start_readable_only_by_its_owner_and_kept()
    {
        var factory = new GatewayFactory();
        await using var _ = factory;
        var path = Path.Combine(factory.DataDirectory, "secret.key");

        File.Exists(path).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var protector = factory.Services.GetRequiredService<ISecretProtector>();
        var sealedValue = protector.Protect("v", "test:purpose");
        protector.Unprotect(sealedValue, "test:purpose").Should().Be("v");
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
