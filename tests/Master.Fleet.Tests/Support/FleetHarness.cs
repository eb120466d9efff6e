using Master.Database.Commands;
using Master.Database.Events;
using Master.Database.Registry;
using Master.DataHub;
using Master.DataHub.Agents;
using Master.Fleet.Agents;
using Master.Fleet.Commands;
using Master.Fleet.Events;
using Master.Fleet.Registry;
using Master.Query;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Master.Fleet.Tests.Support;

/// <summary>
/// Master's fleet composition in a generic host: a real database, the real memory hub, the read side and the fleet
/// jobs, on a fake clock. The jobs' own timers are set to a week, so a test runs each pass itself and knows when.
/// </summary>
internal sealed class FleetHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;

    private FleetHarness(IHost host, FakeTimeProvider time)
    {
        _host = host;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _host.Services;

    public IDataHub Hub => Services.GetRequiredService<IDataHub>();

    public IClusterReadService Reads => Services.GetRequiredService<IClusterReadService>();

    public IClusterRegistry Registry => Services.GetRequiredService<IClusterRegistry>();

    public IAgentRepository Agents => Services.GetRequiredService<IAgentRepository>();

    public IClusterRepository Clusters => Services.GetRequiredService<IClusterRepository>();

    public IClusterEventRepository Events => Services.GetRequiredService<IClusterEventRepository>();

    public ICommandService Commands => Services.GetRequiredService<ICommandService>();

    public ICommandHistoryRepository CommandHistory => Services.GetRequiredService<ICommandHistoryRepository>();

    internal AgentRecordWriter Writer => Services.GetRequiredService<AgentRecordWriter>();

    internal StaleAgentCleanupService Cleanup => Services.GetServices<IHostedService>().OfType<StaleAgentCleanupService>().Single();

    internal EventRetentionService Retention => Services.GetServices<IHostedService>().OfType<EventRetentionService>().Single();

    /// <summary>With this setting the harness runs on the Redis hub, as one of several instances.</summary>
    public const string RedisConfigurationKey = "Master:DataHub:Redis:Configuration";

    /// <summary>Starts a harness on <paramref name="database"/>; the settings override the fleet's defaults.</summary>
    public static async Task<FleetHarness> StartAsync(ScratchDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(Start);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Master:Fleet:AgentPersistInterval"] = "00:10:00",
            ["Master:Fleet:AgentCleanupInterval"] = "7.00:00:00",
            ["Master:Fleet:EventCleanupInterval"] = "7.00:00:00",
            ["Master:Fleet:RetryDelay"] = "00:00:00.050",
        });
        builder.Configuration.AddInMemoryCollection(database.Settings);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddMasterDatabase();
        builder.Services.AddMasterFleet();
        var hub = builder.Services.AddDataHub();
        _ = builder.Configuration[RedisConfigurationKey] is null ? hub.AddMemoryDataHub() : hub.AddRedisDataHub();
        builder.Services.AddMasterQuery();
        var host = builder.Build();
        await host.StartAsync();
        return new FleetHarness(host, time);
    }

    /// <summary>A heartbeat as the agent channel records it.</summary>
    public ValueTask<AgentState> HeartbeatAsync(string clusterId, string? agentVersion = "2.4.0") =>
        Hub.RecordContactAsync(clusterId, AgentContact.Heartbeat, new AgentReport(agentVersion, null, null));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
