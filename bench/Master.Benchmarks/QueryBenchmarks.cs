using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Master.DataHub;
using Master.DataHub.Agents;
using Master.DataHub.Snapshots;
using Master.Processor;
using Master.Query;
using Master.Query.Language;
using Master.Query.Language.Parsing;
using Master.Query.Language.Schema;
using Master.Testing.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Benchmarks;

/// <summary>
/// The query DSL (query-dsl.md): parsing and binding a typical query, and running a fleet-wide filter + sort + limit and
/// a fleet-wide groupBy over 20 clusters of 5,000 pods through <see cref="IQueryService"/>. The fleet rows have a
/// hand-written LINQ query over the same stored snapshots as their baseline, so the ratio is what the DSL costs over
/// code written for the one question.
/// </summary>
[Config(typeof(TailLatencyConfig))]
[GcServer(true)] // as Master.Host runs: a web app gets the server GC
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private const string FilterCategory = "filter";
    private const string GroupCategory = "group";
    private const string FleetFilterCategory = "fleet filter";
    private const string FleetGroupCategory = "fleet groupBy";

    /// <summary>A typical filter query (120 characters).</summary>
    public const string FilterQuery =
        """pods(cluster="prod", namespace!="kube-system").where(restarts > 5 and status != "Running").sort(restarts desc).limit(20)""";

    /// <summary>A typical group query (149 characters).</summary>
    public const string GroupQuery =
        """pods(cluster="prod", namespace!="kube-system").where(restarts > 3).groupBy(cluster, namespace).aggregate(count() as crashing, sum(restarts) as total)""";

    /// <summary>Issue target 2: fleet-wide filter, sort and limit.</summary>
    public const string FleetFilterQuery =
        """pods(cluster="*").where(restarts > 5 and status != "Running").sort(restarts desc).limit(20)""";

    /// <summary>Issue target 3: fleet-wide group and aggregate.</summary>
    public const string FleetGroupQuery = """pods(cluster="*").groupBy(cluster, namespace).aggregate(count(), sum(cpu_request))""";

    private const int Clusters = 20;
    private const int PodsPerCluster = 5_000;
    private const int NodesPerCluster = 100;
    private const int Limit = 20;

    private static readonly string[] ClusterIds = Enumerable.Range(0, Clusters).Select(i => $"c{i:00}").ToArray();

    private ServiceProvider? _services;
    private BenchHub? _benchHub;
    private IDataHub _hub = null!;
    private IQueryService _query = null!;

    // ---- parse and bind -------------------------------------------------------------------------------------------

    [GlobalSetup(Targets = new[] { nameof(ParseFilter), nameof(CompileFilter), nameof(ParseGroup), nameof(CompileGroup) })]
    public void SetUpParsing()
    {
        foreach (var text in new[] { FilterQuery, GroupQuery })
        {
            if (text.Length > 200)
            {
                throw new InvalidOperationException($"the query has {text.Length} characters, more than a typical one: {text}");
            }

            if (QueryParser.Parse(text).Error is { } error)
            {
                throw new InvalidOperationException($"{text}: {error.Message}");
            }

            if (CompiledQuery.Compile(text, SchemaRegistry.Default) is { Plan: null } failed)
            {
                throw new InvalidOperationException($"{text}: {string.Join("; ", failed.Errors.Select(e => e.Message))}");
            }

            Console.WriteLine($"// query of {text.Length} characters: {text}");
        }
    }

    [Benchmark(Baseline = true, Description = "parse (120 chars)")]
    [BenchmarkCategory(FilterCategory)]
    public object ParseFilter() => QueryParser.Parse(FilterQuery);

    [Benchmark(Description = "parse + bind (120 chars)")]
    [BenchmarkCategory(FilterCategory)]
    public object CompileFilter() => CompiledQuery.Compile(FilterQuery, SchemaRegistry.Default);

    [Benchmark(Baseline = true, Description = "parse (149 chars, groupBy)")]
    [BenchmarkCategory(GroupCategory)]
    public object ParseGroup() => QueryParser.Parse(GroupQuery);

    [Benchmark(Description = "parse + bind (149 chars, groupBy)")]
    [BenchmarkCategory(GroupCategory)]
    public object CompileGroup() => CompiledQuery.Compile(GroupQuery, SchemaRegistry.Default);

    // ---- the fleet: 20 clusters x 5,000 pods ----------------------------------------------------------------------

    /// <summary>The hub the fleet rows read; on Redis the instance's snapshot cache is warm (every snapshot read once).</summary>
    [Params(BenchHub.Memory, BenchHub.Redis)]
    public string Hub { get; set; } = BenchHub.Memory;

    [GlobalSetup(Targets = new[] { nameof(LinqFilterSortLimit), nameof(DslFilterSortLimit), nameof(LinqGroupBy), nameof(DslGroupBy) })]
    public async Task SetUpFleetAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        _benchHub = new BenchHub(Hub);
        _benchHub.AddTo(services);
        // Keep the agents online for the whole run: the default 45 s timeout would turn them offline mid-run and add a
        // warning per cluster to every answer.
        services.Configure<DataHubOptions>(options => options.HeartbeatTimeout = TimeSpan.FromDays(1));
        services.AddMasterProcessor();
        services.AddMasterQuery();
        _services = services.BuildServiceProvider();
        _hub = _services.GetRequiredService<IDataHub>();
        await _hub.StartAsync();
        _query = _services.GetRequiredService<IQueryService>();

        var ingestor = _services.GetRequiredService<ISnapshotIngestor>();
        for (var i = 0; i < Clusters; i++)
        {
            var id = ClusterIds[i];
            var fixture = SnapshotFixtureBuilder.Create(id, pods: PodsPerCluster, nodes: NodesPerCluster, seed: i);
            var outcome = await ingestor.IngestAsync(new SnapshotSubmission(id, fixture.ToJson(), AgentReport.None));
            if (outcome is not IngestOutcome.Stored)
            {
                throw new InvalidOperationException($"cluster {id} was not stored: {outcome}");
            }

            await _hub.RecordContactAsync(id, AgentContact.Heartbeat, AgentReport.None);
        }

        var snapshots = await ReadFleetAsync();
        var pods = snapshots.Sum(stored => stored.Snapshot.Pods.Count);
        var matching = snapshots.SelectMany(stored => stored.Snapshot.Pods).Count(IsCrashing);
        Console.WriteLine($"// fleet: {Clusters} clusters, {pods:N0} pods, {matching:N0} with restarts > 5 and a status other than Running");
        if (matching <= Limit)
        {
            throw new InvalidOperationException($"only {matching} pods match the filter; the limit of {Limit} would not bite");
        }

        CheckSame("filter + sort + limit", await LinqFilterSortLimit(), (await DslFilterSortLimit()).Result!.Rows, keyColumns: 6);
        var groups = await LinqGroupBy();
        Console.WriteLine($"// fleet: {groups.Count:N0} (cluster, namespace) groups");
        CheckSame("groupBy", groups, (await DslGroupBy()).Result!.Rows, keyColumns: 4);
    }

    [GlobalCleanup(Targets = new[] { nameof(LinqFilterSortLimit), nameof(DslFilterSortLimit), nameof(LinqGroupBy), nameof(DslGroupBy) })]
    public async Task CleanUpFleetAsync()
    {
        if (_services is not null)
        {
            await _hub.StopAsync();
            await _services.DisposeAsync();
        }

        if (_benchHub is not null)
        {
            await _benchHub.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ: where + order + take 20, 100k pods")]
    [BenchmarkCategory(FleetFilterCategory)]
    public async Task<List<object?[]>> LinqFilterSortLimit()
    {
        var snapshots = await ReadFleetAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        return snapshots
            .SelectMany(stored => stored.Snapshot.Pods, (stored, pod) => (Cluster: stored.ClusterId, Pod: pod))
            .Where(item => IsCrashing(item.Pod))
            .OrderByDescending(item => item.Pod.Derived!.Restarts)
            .ThenBy(item => item.Cluster, StringComparer.Ordinal)
            .ThenBy(item => item.Pod.Summary.Namespace, StringComparer.Ordinal)
            .ThenBy(item => item.Pod.Summary.Name, StringComparer.Ordinal)
            .Take(Limit)
            .Select(item => DefaultColumns(item.Cluster, item.Pod, now))
            .ToList();
    }

    [Benchmark(Description = "DSL: " + FleetFilterQuery)]
    [BenchmarkCategory(FleetFilterCategory)]
    public async Task<QueryOutcome> DslFilterSortLimit() => await _query.RunAsync(FleetFilterQuery);

    [Benchmark(Baseline = true, Description = "LINQ: GroupBy(cluster, namespace) count + sum, 100k pods")]
    [BenchmarkCategory(FleetGroupCategory)]
    public async Task<List<object?[]>> LinqGroupBy()
    {
        var snapshots = await ReadFleetAsync();
        return snapshots
            .SelectMany(stored => stored.Snapshot.Pods, (stored, pod) => (Cluster: stored.ClusterId, Pod: pod))
            .GroupBy(item => (item.Cluster, item.Pod.Summary.Namespace))
            .Take(1_000) // the DSL's default row cap
            .Select(group =>
            {
                var requests = group.Select(item => item.Pod.Derived?.CpuRequest).Where(request => request is not null).ToList();
                return new object?[] { group.Key.Cluster, group.Key.Namespace, (long)group.Count(), requests.Count == 0 ? null : requests.Sum() };
            })
            .ToList();
    }

    [Benchmark(Description = "DSL: " + FleetGroupQuery)]
    [BenchmarkCategory(FleetGroupCategory)]
    public async Task<QueryOutcome> DslGroupBy() => await _query.RunAsync(FleetGroupQuery);

    private static bool IsCrashing(Pod pod) =>
        pod.Derived is { } derived && derived.Restarts > 5 && !string.Equals(derived.Status, "Running", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pods' default columns as the DSL returns them: cluster, namespace, name, status, ready, restarts, age, node.</summary>
    private static object?[] DefaultColumns(string cluster, Pod pod, double now) =>
    [
        cluster,
        NullIfEmpty(pod.Summary.Namespace),
        NullIfEmpty(pod.Summary.Name),
        NullIfEmpty(pod.Derived?.Status),
        pod.Derived?.Ready,
        (long?)pod.Derived?.Restarts,
        pod.Summary.CreatedAt.Value is { } created ? Math.Max(0, now - created.ToUnixTimeMilliseconds() / 1000.0) : null,
        NullIfEmpty(pod.Summary.NodeName),
    ];

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private async Task<List<StoredSnapshot>> ReadFleetAsync()
    {
        var snapshots = new List<StoredSnapshot>(Clusters);
        foreach (var id in ClusterIds)
        {
            snapshots.Add(await _hub.GetSnapshotAsync(id) ?? throw new InvalidOperationException($"cluster {id} has no snapshot"));
        }

        return snapshots;
    }

    /// <summary>Throws unless both answers have the same rows, in the same order, on their first <paramref name="keyColumns"/> columns (the age moves with the clock).</summary>
    private static void CheckSame(string what, List<object?[]> linq, IReadOnlyList<IReadOnlyList<object?>> dsl, int keyColumns)
    {
        if (linq.Count != dsl.Count)
        {
            throw new InvalidOperationException($"{what}: LINQ gave {linq.Count} rows, the DSL {dsl.Count}");
        }

        for (var r = 0; r < linq.Count; r++)
        {
            for (var c = 0; c < keyColumns; c++)
            {
                if (!Same(linq[r][c], dsl[r][c]))
                {
                    throw new InvalidOperationException(
                        $"{what}: row {r} differs: LINQ ({string.Join(", ", linq[r])}), DSL ({string.Join(", ", dsl[r])})");
                }
            }
        }

        Console.WriteLine($"// {what}: LINQ and DSL agree on {linq.Count} rows; first: {string.Join(", ", linq.FirstOrDefault() ?? [])}");
    }

    private static bool Same(object? x, object? y) => (x, y) switch
    {
        (double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)),
        (long a, double b) => a == b,
        (double a, long b) => a == b,
        _ => Equals(x, y),
    };
}
