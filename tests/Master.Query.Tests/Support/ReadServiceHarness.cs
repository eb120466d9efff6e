using Master.DataHub;
using Master.DataHub.Agents;
using Master.Processor;
using Master.Testing.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Master.Query.Tests.Support;

/// <summary>
/// The read service as Master composes it: the memory DataHub fed through the real Processor, on a fake clock so that
/// liveness and snapshot ages are exact.
/// </summary>
internal sealed class ReadServiceHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 12, 6, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private ReadServiceHarness(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
        Hub = services.GetRequiredService<IDataHub>();
        Reads = services.GetRequiredService<IClusterReadService>();
        Ingestor = services.GetRequiredService<ISnapshotIngestor>();
    }

    public FakeTimeProvider Time { get; }

    public IDataHub Hub { get; }

    public IClusterReadService Reads { get; }

    /// <summary>
    /// The query DSL service (query-dsl.md) over the same hub and registry; resolved on first use, so that the read-service
    /// tests do not depend on it.
    /// </summary>
    public IQueryService Queries => _services.GetRequiredService<IQueryService>();

    public ISnapshotIngestor Ingestor { get; }

    /// <summary>The heartbeat timeout of the hub: the default of configuration.md.</summary>
    public static TimeSpan HeartbeatTimeout { get; } = new DataHubOptions().HeartbeatTimeout;

    /// <summary>Starts the harness; with <paramref name="directory"/>, the read service joins that registry in.</summary>
    public static async Task<ReadServiceHarness> StartAsync(IClusterDirectory? directory = null)
    {
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(time);
        services.AddDataHub().AddMemoryDataHub();
        services.AddMasterProcessor();
        if (directory is not null)
        {
            services.AddSingleton(directory);
        }

        services.AddMasterQuery();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var harness = new ReadServiceHarness(provider, time);
        await harness.Hub.StartAsync();
        return harness;
    }

    /// <summary>Submits the fixture as the agent channel does and returns what was stored.</summary>
    public async Task<StoredSnapshot> IngestAsync(SnapshotFixture fixture, string? clusterId = null, AgentReport? report = null) =>
        await IngestAsync(fixture.ToJson(), clusterId ?? fixture.Facts.ClusterId, report);

    public async Task<StoredSnapshot> IngestAsync(byte[] json, string clusterId, AgentReport? report = null)
    {
        var outcome = await Ingestor.IngestAsync(new SnapshotSubmission(clusterId, json, report ?? AgentReport.None));
        return outcome.Should().BeOfType<IngestOutcome.Stored>().Subject.Snapshot;
    }

    public async Task HeartbeatAsync(string clusterId, AgentReport? report = null) =>
        await Hub.RecordContactAsync(clusterId, AgentContact.Heartbeat, report ?? AgentReport.None);

    public async ValueTask DisposeAsync()
    {
        await Hub.StopAsync();
        await _services.DisposeAsync();
    }
}
