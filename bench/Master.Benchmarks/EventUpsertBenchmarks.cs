using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Master.Database;
using Master.Database.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Perfolizer.Mathematics.OutlierDetection;
using IHost = Microsoft.Extensions.Hosting.IHost;

namespace Master.Benchmarks;

/// <summary>
/// Storing the events of a 5,000-pod snapshot (5,000 events, one about each object) in the relational store, on a
/// real engine through the repository Master uses. Every snapshot an agent pushes carries the cluster's current events,
/// so this runs on each push: the first upsert inserts every row, a re-send of the same events (counts bumped, as a
/// later snapshot reports them) updates every row, a re-send of the same snapshot finds nothing to change and writes no
/// row, and a re-send must cost no more than the first write.
/// </summary>
[Config(typeof(TailLatencyConfig))]
[GcServer(true)] // as Master.Host runs: a web app gets the server GC
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 1)]
[Outliers(OutlierMode.DontRemove)]
[MedianColumn] // a few slow iterations on a shared machine pull the mean; the median says what a push usually costs
[MemoryDiagnoser]
public class EventUpsertBenchmarks
{
    private const string SteadyCluster = "steady";
    private const int Seed = 5_000;

    private static readonly string[] Namespaces =
        ["default", "payments", "checkout", "catalog", "search", "identity", "ledger", "monitoring", "ingress-nginx", "kube-system"];

    private static readonly string[] Apps =
        ["api", "web", "worker", "gateway", "scheduler", "indexer", "exporter", "cache", "notifier", "billing", "auth", "reports"];

    private static readonly string[] PodReasons = ["Scheduled", "Pulled", "Created", "Started", "BackOff", "Unhealthy"];

    private ClusterEvent[] _events = [];
    private ClusterEvent[] _sent = [];
    private IHost _host = null!;
    private BenchDatabase _database = null!;
    private IClusterEventRepository _repository = null!;
    private string _cluster = SteadyCluster;
    private int _round;

    [Params(DatabaseType.Sqlite, DatabaseType.Postgres)]
    public DatabaseType Engine { get; set; }

    [Params(5_000)]
    public int Events { get; set; }

    [GlobalSetup(Target = nameof(FirstUpsert))]
    public Task SetUpFirstAsync() => StartAsync();

    [GlobalSetup(Targets = [nameof(Resend), nameof(ResendUnchanged)])]
    public async Task SetUpResendAsync()
    {
        await StartAsync();

        // The re-sending cluster starts out holding the snapshot's events, as after the agent's previous push.
        await _repository.UpsertAsync(SteadyCluster, _events);
    }

    [IterationSetup(Target = nameof(FirstUpsert))]
    [SuppressMessage(
        "Usage",
        "VSTHRD002:Avoid problematic synchronous waits",
        Justification = "BenchmarkDotNet 0.15 runs iteration setup synchronously, on a thread without a synchronization context.")]
    public void EmptyTable()
    {
        // Without this the table grows by a snapshot per iteration and later iterations insert into ever larger indexes.
        _repository.TrimPerClusterAsync(0).GetAwaiter().GetResult();
        _database.Vacuum("cluster_events");
        _cluster = $"fresh-{++_round:D4}";
    }

    [IterationSetup(Target = nameof(Resend))]
    public void BumpCounts()
    {
        // A count that changes every round makes every row a real update, as when each event recurred since the last push.
        _round++;
        _database.Vacuum("cluster_events");
        _sent = [.. _events.Select(e => e with { Count = e.Count + _round, LastTimestamp = e.LastTimestamp.AddSeconds(10 * _round) })];
    }

    [IterationSetup(Target = nameof(ResendUnchanged))]
    public void KeepCounts() => _database.Vacuum("cluster_events");

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable host)
        {
            await host.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "first upsert (all inserts)")]
    public Task FirstUpsert() => _repository.UpsertAsync(_cluster, _events);

    [Benchmark(Description = "re-send, counts bumped (all updates)")]
    public Task Resend() => _repository.UpsertAsync(SteadyCluster, _sent);

    [Benchmark(Description = "re-send of the same snapshot (no change)")]
    public Task ResendUnchanged() => _repository.UpsertAsync(SteadyCluster, _events);

    /// <summary>A fresh, migrated database of its own, through the same registration and hosted migration Master.Host uses.</summary>
    private async Task StartAsync()
    {
        _events = Snapshot(Events, DateTimeOffset.UtcNow);
        _database = await BenchDatabase.CreateAsync(Engine);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_database.Settings);
        builder.Services.AddMasterDatabase();
        _host = builder.Build();
        await _host.StartAsync();
        _repository = _host.Services.GetRequiredService<IClusterEventRepository>();
    }

    /// <summary>
    /// The events of a busy cluster's snapshot, one about each object: mostly pods through their life cycle (a fifth of
    /// them failing), some replica sets and nodes; a tenth without a uid, which the store then keys by object and reason.
    /// </summary>
    private static ClusterEvent[] Snapshot(int count, DateTimeOffset now)
    {
        var random = new Random(Seed);
        var events = new ClusterEvent[count];
        for (var i = 0; i < count; i++)
        {
            var app = Apps[random.Next(Apps.Length)];
            var ns = Namespaces[random.Next(Namespaces.Length)];
            var node = $"ip-10-0-{random.Next(256)}-{random.Next(256)}.eu-west-1.compute.internal";
            var replicaSet = $"{app}-{Suffix(random, 10)}";
            var pod = $"{replicaSet}-{Suffix(random, 5)}";
            var uid = random.Next(10) == 0 ? null : Uid(random);
            var kind = random.Next(100) switch
            {
                < 8 => "Node",
                < 20 => "ReplicaSet",
                _ => "Pod",
            };
            var (name, reason, message, source) = kind switch
            {
                "Node" => (node, "NodeNotReady", $"Node {node} status is now: NodeNotReady", "node-controller"),
                "ReplicaSet" => (replicaSet, "SuccessfulCreate", $"Created pod: {pod}", "replicaset-controller"),
                _ => PodEvent(random, app, ns, pod, node),
            };
            var type = reason is "BackOff" or "Unhealthy" or "NodeNotReady" ? "Warning" : "Normal";
            var times = type == "Warning" ? random.Next(2, 300) : 1;
            var age = random.Next(5, 3_600);
            var last = now.AddSeconds(-age);
            var first = times > 1 ? last.AddSeconds(-random.Next(1, 3_600 - age)) : last;
            events[i] = new ClusterEvent(
                Uid: uid,
                InvolvedKind: kind,
                InvolvedNamespace: kind == "Node" ? string.Empty : ns,
                InvolvedName: name,
                Reason: reason,
                Type: type,
                Message: message,
                Source: source,
                Count: times,
                FirstTimestamp: first,
                LastTimestamp: last);
        }

        // The store keeps one row per key; a duplicate would silently turn an insert into an update.
        if (events.Select(e => e.Uid ?? $"{e.InvolvedKind}/{e.InvolvedNamespace}/{e.InvolvedName}/{e.Reason}").Distinct().Count() != count)
        {
            throw new InvalidOperationException("the generated snapshot repeats an event key");
        }

        return events;
    }

    private static (string Name, string Reason, string Message, string Source) PodEvent(
        Random random, string app, string ns, string pod, string node)
    {
        var reason = PodReasons[random.Next(PodReasons.Length)];
        var message = reason switch
        {
            "Scheduled" => $"Successfully assigned {ns}/{pod} to {node}",
            "Pulled" => $"Container image \"registry.example.com/{ns}/{app}:v1.{random.Next(40)}.{random.Next(10)}\" already present on machine",
            "Created" => $"Created container: {app}",
            "Started" => $"Started container {app}",
            "BackOff" => $"Back-off restarting failed container {app} in pod {pod}_{ns}",
            _ => $"Readiness probe failed: Get \"http://10.1.{random.Next(256)}.{random.Next(256)}:8080/healthz\": context deadline exceeded",
        };
        return (pod, reason, message, reason == "Scheduled" ? "default-scheduler" : $"kubelet, {node}");
    }

    private static string Suffix(Random random, int length) =>
        string.Create(length, random, static (span, random) =>
        {
            const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });

    private static string Uid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
