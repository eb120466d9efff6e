using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Master.DataHub;
using Master.DataHub.Agents;
using Master.DataHub.Snapshots;
using Master.Processor;
using Master.Testing.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Benchmarks;

/// <summary>
/// The most expensive thing Master does: a pushed snapshot, gunzipped, decoded, normalised and stored, in the memory hub
/// or the Redis hub. The baseline is decompress + decode alone on the same bytes, so the ratio is what the Processor and
/// the hub add. Two different snapshots alternate so every full ingest really stores a new version.
/// </summary>
[Config(typeof(TailLatencyConfig))]
[GcServer(true)] // as Master.Host runs: a web app gets the server GC
[MemoryDiagnoser]
public class SnapshotIngestBenchmarks
{
    private byte[][] _gzip = [];
    private byte[] _buffer = [];
    private ServiceProvider _services = null!;
    private BenchHub _hub = null!;
    private ISnapshotIngestor _ingestor = null!;
    private int _turn;

    [Params(5_000)]
    public int Pods { get; set; }

    [Params(BenchHub.Memory, BenchHub.Redis)]
    public string Hub { get; set; } = BenchHub.Memory;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var fixtures = new[] { 1, 2 }.Select(seed => SnapshotFixtureBuilder.Create("bench", Pods, nodes: Pods / 50, seed)).ToArray();
        _gzip = fixtures.Select(f => f.ToGzip()).ToArray();
        _buffer = new byte[fixtures.Max(f => f.JsonLength)];

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        _hub = new BenchHub(Hub);
        _hub.AddTo(services);
        services.AddMasterProcessor();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IDataHub>().StartAsync();
        _ingestor = _services.GetRequiredService<ISnapshotIngestor>();

        // The cluster that re-pushes the same bytes starts out holding them.
        await _ingestor.IngestAsync(new SnapshotSubmission("steady", Gunzip(_gzip[0]), AgentReport.None));
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _services.GetRequiredService<IDataHub>().StopAsync();
        await _services.DisposeAsync();
        await _hub.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "gunzip + decode")]
    public ClusterSnapshot DecompressAndDecode() => SnapshotJson.Deserialize(Gunzip(_gzip[_turn++ & 1]).Span);

    [Benchmark(Description = "gunzip + decode + process + store")]
    public async Task<IngestOutcome> Ingest() =>
        await _ingestor.IngestAsync(new SnapshotSubmission("bench", Gunzip(_gzip[_turn++ & 1]), AgentReport.None));

    [Benchmark(Description = "re-push of an unchanged snapshot")]
    public async Task<IngestOutcome> RepushUnchanged() =>
        await _ingestor.IngestAsync(new SnapshotSubmission("steady", Gunzip(_gzip[0]), AgentReport.None));

    private ReadOnlyMemory<byte> Gunzip(byte[] gzip)
    {
        using var stream = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        var length = 0;
        int read;
        while ((read = stream.Read(_buffer, length, _buffer.Length - length)) > 0)
        {
            length += read;
        }

        return _buffer.AsMemory(0, length);
    }
}
