using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Master.Host.Tests.Support;

namespace Master.Host.Tests;

/// <summary>The first administrator: from the variables, or with a generated password written once to a private file.</summary>
public sealed class InitialAdministratorTests
{
    [Test]
    public async Task Without_a_password_one_is_generated_into_a_private_file_and_it_signs_in()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "master-host-tests-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(dataDirectory, "initial-admin-password");
        try
        {
            string generated;
            await using (var factory = new MasterHostFactory(dataDirectory: dataDirectory))
            {
                factory.StartServer();

                File.Exists(file).Should().BeTrue();
                if (!OperatingSystem.IsWindows())
                {
                    File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                generated = (await File.ReadAllTextAsync(file)).Trim();
                generated.Length.Should().BeGreaterThanOrEqualTo(12);
                using var client = factory.CreateGatewayClient();
                (await LoginAsync(client, "admin", generated)).Should().Be(HttpStatusCode.OK);
            }

            File.Delete(file);
            await using var restarted = new MasterHostFactory(dataDirectory: dataDirectory);
            restarted.StartServer();

            File.Exists(file).Should().BeFalse("a store with users gets no new password");
            using var again = restarted.CreateGatewayClient();
            (await LoginAsync(again, "admin", generated)).Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Test]
    public async Task The_configured_username_and_password_make_the_first_administrator()
    {
        await using var factory = new MasterHostFactory(new Dictionary<string, string>
        {
            ["MASTER_ADMIN_USERNAME"] = "root",
            ["MASTER_ADMIN_PASSWORD"] = "the-configured-password",
        });
        factory.StartServer();
        using var client = factory.CreateGatewayClient();

        (await LoginAsync(client, "root", "the-configured-password")).Should().Be(HttpStatusCode.OK);
        File.Exists(Path.Combine(factory.DataDirectory, "initial-admin-password")).Should().BeFalse();
    }

    private static async Task<HttpStatusCode> LoginAsync(HttpClient client, string username, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v2/auth/login", new { username, password });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            body.GetProperty("user").GetProperty("role").GetString().Should().Be("admin");
        }

        return response.StatusCode;
    }
}
