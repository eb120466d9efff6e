using System.Net;
using Master.DataHub;
using Master.Host.Listeners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Master.Gateway.Tests.Support;

/// <summary>
/// The real composition of Master on real Kestrel sockets (both listeners on 127.0.0.1 port 0), with a fake clock so
/// times, ages and liveness are exact, and switches to make the hub misbehave. Started on construction.
/// </summary>
internal sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2025, 6, 12, 6, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly List<HttpClient> _clients = [];

    public GatewayFactory(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "master-gateway-tests-" + Guid.NewGuid().ToString("N"));
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

        _configureServices = configureServices;
        UseKestrel();
        StartServer();
        Gateway = NewClient(Services.GetRequiredService<MasterListeners>().GatewayEndPoint);
        Agent = new AgentSimulator(NewClient(Services.GetRequiredService<MasterListeners>().AgentEndPoint));
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public DataHubFaults Faults { get; } = new();

    /// <summary>A client of the gateway listener.</summary>
    public HttpClient Gateway { get; }

    /// <summary>An agent on the agent listener.</summary>
    public AgentSimulator Agent { get; }

    public IDataHub Hub => Services.GetRequiredService<IDataHub>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            FaultingDataHubProxy.Install(services, Faults);
            _configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }

        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private HttpClient NewClient(IPEndPoint endPoint)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{endPoint}"), Timeout = TimeSpan.FromSeconds(60) };
        _clients.Add(client);
        return client;
    }
}
