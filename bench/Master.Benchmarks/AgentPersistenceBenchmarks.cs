using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Master.Database;
using Master.DataHub;
using Master.DataHub.Agents;
using Master.Fleet.Agents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Perfolizer.Mathematics.OutlierDetection;
using IHost = Microsoft.Extensions.Hosting.IHost;

namespace Master.Benchmarks;

/// <summary>
/// Writing the heartbeats of a large fleet through to the <c>agents</c> table: every agent heartbeats once (one 15 s
/// heartbeat interval of the real agent), then one flush writes every changed record, as the persist loop does. What
/// matters is that the number of writes does not follow the number of heartbeats: the flush reports how many batched
/// statements it took, and the benchmark fails if a flush ever takes more than ceil(agents / 500).
/// </summary>
[Config(typeof(TailLatencyConfig))]
[GcServer(true)] // as Master.Host runs: a web app gets the server GC
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
[Outliers(OutlierMode.DontRemove)]
[MedianColumn]
[MemoryDiagnoser]
public class AgentPersistenceBenchmarks
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private IHost _host = null!;
    private BenchDatabase _database = null!;
    private IDataHub _hub = null!;
    private AgentRecordWriter _writer = null!;
    private string[] _clusters = [];
    private int _batchLimit;

    [Params(DatabaseType.Sqlite, DatabaseType.Postgres)]
    public DatabaseType Engine { get; set; }

    [Params(10_000)]
    public int Agents { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchDatabase.CreateAsync(Engine);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_database.Settings);

        // The persist loop would race the benchmark: its timer runs on the fake clock, which only the benchmark moves.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Master:Fleet:AgentPersistInterval"] = "00:10:00" });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddMasterDatabase();
        builder.Services.AddMasterFleet();
        builder.Services.AddDataHub().AddMemoryDataHub();
        builder.Services.AddMasterQuery();
        _host = builder.Build();
        await _host.StartAsync();
        _hub = _host.Services.GetRequiredService<IDataHub>();
        _writer = _host.Services.GetRequiredService<AgentRecordWriter>();
        _clusters = [.. Enumerable.Range(0, Agents).Select(i => $"cluster-{i:D5}")];
        _batchLimit = (Agents + 499) / 500;

        // Registers every cluster and writes every first record, so the iterations measure the steady state.
        await HeartbeatAllAsync();
        await _writer.FlushAsync(CancellationToken.None);
    }

    [IterationSetup]
    [SuppressMessage(
        "Usage",
        "VSTHRD002:Avoid problematic synchronous waits",
        Justification = "BenchmarkDotNet 0.15 runs iteration setup synchronously, on a thread without a synchronization context.")]
    public void OneHeartbeatInterval()
    {
        _time.Advance(HeartbeatInterval);
        HeartbeatAllAsync().GetAwaiter().GetResult();
        _database.Vacuum("agents");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }

    [Benchmark(Description = "flush one heartbeat interval of every agent")]
    public async Task<int> FlushAsync()
    {
        var flush = await _writer.FlushAsync(CancellationToken.None);
        if (flush.Records != Agents || flush.Batches > _batchLimit)
        {
            throw new InvalidOperationException(
                $"a flush wrote {flush.Records} records in {flush.Batches} batches; expected {Agents} in at most {_batchLimit}");
        }

        return flush.Batches;
    }

    private async Task HeartbeatAllAsync()
    {
        foreach (var cluster in _clusters)
        {
            await _hub.RecordContactAsync(cluster, AgentContact.Heartbeat, new AgentReport("2.4.0", null, null));
        }
    }
}
