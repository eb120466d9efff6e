using System.Text;
using BenchmarkDotNet.Attributes;
using Master.Database;
using Master.Gateway.Audit;
using Master.Security.Accounts;
using Master.Security.Passwords;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IHost = Microsoft.Extensions.Hosting.IHost;

namespace Master.Benchmarks;

/// <summary>
/// What signing in and being checked cost. A password hash is slow on purpose (the cost a stolen table imposes on a
/// guesser, paid once per login); the token check is paid on every request that needs a role, so it must stay small
/// next to the request itself: one lookup of the token's hash and one of its user on a real SQLite file. Masking is
/// what the audit middleware does to the body of every change.
/// </summary>
[MemoryDiagnoser]
public class AccessBenchmarks
{
    private const string Password = "a-benchmark-password";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""
        {"name": "slack-ops", "enabled": true, "config": {"webhookUrl": "https://hooks.example.com/services/T000/B000/XXXX",
         "channel": "#ops", "username": "master", "password": "hunter2-hunter2", "labels": {"team": "platform", "tier": "1"},
         "rules": [{"severity": "critical", "token": "abc"}, {"severity": "warning", "token": "def"}]}}
        """);

    private readonly PasswordHasher _hasher = new();
    private IHost _host = null!;
    private BenchDatabase _database = null!;
    private IAuthenticator _authenticator = null!;
    private string _token = string.Empty;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchDatabase.CreateAsync(DatabaseType.Sqlite);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_database.Settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Master:Security:DataDirectory"] = Path.GetTempPath(),
            ["Master:Security:SecretKey"] = Convert.ToBase64String(new byte[32]),
            ["Master:Security:AdminPassword"] = Password,
        });
        builder.Services.AddMasterDatabase();
        builder.Services.AddMasterSecurity();
        _host = builder.Build();
        await _host.StartAsync();
        _authenticator = _host.Services.GetRequiredService<IAuthenticator>();
        _token = (await _authenticator.LoginAsync("admin", Password, CancellationToken.None)).Session!.Token;
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }

    [Benchmark(Description = "hash a password (PBKDF2-SHA256, 600,000 iterations)")]
    public string HashPassword() => _hasher.Hash(Password);

    [Benchmark(Description = "check a session token (SQLite)")]
    public async Task<TokenCheck> CheckToken() => await _authenticator.CheckAsync(_token, CancellationToken.None);

    [Benchmark(Description = "mask a 330-byte request body for the audit log")]
    public string? MaskBody() => SecretMasking.MaskJson(Body)?.ToJsonString();
}
