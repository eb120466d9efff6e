namespace Master.Testing.Snapshots;

/// <summary>
/// Builds realistic cluster snapshots in the agent's exact wire format (agent-protocol.md §4.2-4.3), deterministic from a
/// seed: every one of the 20 kinds, multi-container pods, init containers, CrashLoopBackOff / ImagePullBackOff /
/// Completed / OOMKilled pods, +08:00 offsets, zero times, a 9-digit fetchedAt fraction, every quantity suffix class,
/// a null nested list, pods owned by ReplicaSets owned by Deployments, and nodes with metrics.
/// </summary>
public static class SnapshotFixtureBuilder
{
    /// <summary>The 20 top-level list names, in the agent's order.</summary>
    public static IReadOnlyList<string> KindNames { get; } =
    [
        "pods", "deployments", "statefulSets", "daemonSets", "replicaSets", "jobs", "cronJobs", "services", "ingresses",
        "namespaces", "configMaps", "secrets", "resourceQuotas", "limitRanges", "networkPolicies", "serviceAccounts", "pvs",
        "pvcs", "nodes", "events",
    ];

    /// <summary>
    /// Builds a snapshot with <paramref name="pods"/> pods on <paramref name="nodes"/> nodes. Every kind has at least one
    /// object; lists named in <paramref name="nullLists"/> (wire names such as <c>configMaps</c>) are written as JSON
    /// <c>null</c> instead. <paramref name="otel"/> adds the optional observability block.
    /// </summary>
    public static SnapshotFixture Create(
        string clusterId, int pods = 40, int nodes = 4, int seed = 1, bool otel = false, IEnumerable<string>? nullLists = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ArgumentOutOfRangeException.ThrowIfNegative(pods);
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 1);
        using var writer = new SnapshotFixtureWriter(clusterId, seed, nullLists);
        return writer.Build(pods, nodes, otel);
    }
}
