namespace Master.Query;

/// <summary>The liveness and snapshot freshness of one cluster.</summary>
/// <param name="Status"><see cref="ClusterConnectivity.Online"/> or <see cref="ClusterConnectivity.Offline"/>.</param>
/// <param name="LastHeartbeat">The last accepted heartbeat, or null.</param>
/// <param name="LastSnapshotAt">The last accepted snapshot (changed or not), or null.</param>
/// <param name="SnapshotAgeSeconds">Whole seconds since <paramref name="LastSnapshotAt"/>, or null without a snapshot.</param>
/// <param name="SnapshotVersion">The version of the stored snapshot, or null without one.</param>
/// <param name="Summary">Counts over the latest snapshot, or null without one.</param>
public sealed record ClusterStatusView(
    string Status,
    DateTimeOffset? LastHeartbeat,
    DateTimeOffset? LastSnapshotAt,
    long? SnapshotAgeSeconds,
    long? SnapshotVersion,
    ClusterSummaryView? Summary);
