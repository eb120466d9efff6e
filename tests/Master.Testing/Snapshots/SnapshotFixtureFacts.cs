namespace Master.Testing.Snapshots;

/// <summary>The known answers about a fixture snapshot that tests assert on.</summary>
public sealed class SnapshotFixtureFacts
{
    /// <summary>The clusterId written into the snapshot.</summary>
    public required string ClusterId { get; init; }

    /// <summary>The fetchedAt as written on the wire (9-digit fraction, +08:00).</summary>
    public required string FetchedAtWire { get; init; }

    /// <summary>The fetchedAt in UTC, truncated to 100 ns.</summary>
    public required DateTimeOffset FetchedAtUtc { get; init; }

    /// <summary>Objects per kind, keyed by the top-level wire name (<c>pods</c>, <c>statefulSets</c>, <c>pvs</c>, ...); 0 for a null list.</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    /// <summary>The top-level lists written as JSON <c>null</c>.</summary>
    public required IReadOnlyList<string> NullLists { get; init; }

    /// <summary>Every pod, in wire order.</summary>
    public required IReadOnlyList<ExpectedPod> Pods { get; init; }

    /// <summary>Every node, in wire order.</summary>
    public required IReadOnlyList<ExpectedNode> Nodes { get; init; }

    /// <summary>Pods per node name (unscheduled pods are not counted).</summary>
    public required IReadOnlyDictionary<string, int> PodsPerNode { get; init; }

    /// <summary>Names of the pods whose status is CrashLoopBackOff.</summary>
    public IReadOnlyList<string> CrashLoopingPods => PodsWithStatus("CrashLoopBackOff");

    /// <summary>Names of the pods whose status is ImagePullBackOff.</summary>
    public IReadOnlyList<string> ImagePullBackOffPods => PodsWithStatus("ImagePullBackOff");

    /// <summary>Names of the pods whose status is Completed.</summary>
    public IReadOnlyList<string> CompletedPods => PodsWithStatus("Completed");

    /// <summary>Names of the pods whose status is OOMKilled.</summary>
    public IReadOnlyList<string> OomKilledPods => PodsWithStatus("OOMKilled");

    /// <summary>Pods per phase.</summary>
    public IReadOnlyDictionary<string, int> PodsByPhase => Pods.GroupBy(p => p.Phase).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Nodes whose Ready condition is True.</summary>
    public int ReadyNodes => Nodes.Count(n => n.Ready);

    /// <summary>Events of type Warning.</summary>
    public required int WarningEvents { get; init; }

    /// <summary>Events whose first and last timestamps are Go's zero time.</summary>
    public required int ZeroTimeEvents { get; init; }

    /// <summary>Deployments whose ready count is below their replicas.</summary>
    public required int DegradedDeployments { get; init; }

    /// <summary>Images of each Deployment's template, keyed by "namespace/name".</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> DeploymentImages { get; init; }

    /// <summary>True when the snapshot carries an <c>otel</c> block.</summary>
    public required bool HasOtel { get; init; }

    private List<string> PodsWithStatus(string status) => [.. Pods.Where(p => p.Status == status).Select(p => p.Name)];
}
