using System.Net;
using Master.Host.Listeners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Host.Tests.Support;

/// <summary>
/// The real composition of Program on real Kestrel sockets: both listeners on 127.0.0.1 port 0, a temporary data
/// folder, and any further MASTER_* settings the test gives (they reach Program as command-line configuration).
/// </summary>
internal sealed class MasterHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;
    private readonly string? _environment;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _ownsDataDirectory;

    /// <param name="settings">Further MASTER_* settings.</param>
    /// <param name="environment">
    /// The host environment; Development (the factory's default) turns the service provider's validation on by itself,
    /// so tests of Program's own validation run as Production.
    /// </param>
    /// <param name="configureServices">Registrations added after Program's.</param>
    /// <param name="dataDirectory">A data folder the caller owns and deletes (to start twice on one store); by default a fresh one this deletes.</param>
    public MasterHostFactory(
        IReadOnlyDictionary<string, string>? settings = null,
        string? environment = null,
        Action<IServiceCollection>? configureServices = null,
        string? dataDirectory = null)
    {
        _environment = environment;
        _configureServices = configureServices;
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "master-host-tests-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string>
        {
            ["MASTER_HTTP_PORT"] = "0",
            ["MASTER_AGENT_PORT"] = "0",
            ["MASTER_BIND_ADDRESS"] = "127.0.0.1",
            ["MASTER_DATA_DIR"] = DataDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        UseKestrel();
    }

    public string DataDirectory { get; }

    public IPEndPoint GatewayEndPoint => Services.GetRequiredService<MasterListeners>().GatewayEndPoint;

    public IPEndPoint AgentEndPoint => Services.GetRequiredService<MasterListeners>().AgentEndPoint;

    public HttpClient CreateGatewayClient() => new() { BaseAddress = new Uri($"http://{GatewayEndPoint}") };

    public HttpClient CreateAgentClient() => new() { BaseAddress = new Uri($"http://{AgentEndPoint}") };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_environment is not null)
        {
            builder.UseEnvironment(_environment);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
