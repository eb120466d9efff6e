namespace Master.Query;

/// <summary>A cluster as the API lists it. Times are Master's clock, UTC.</summary>
/// <param name="Id">The cluster id the agent reports under.</param>
/// <param name="Name">The unique display name from the registry; the id for a cluster not registered yet.</param>
/// <param name="Description">The operator's description, or null.</param>
/// <param name="Environment">The operator's environment tag, or null when unset.</param>
/// <param name="Labels">The labels the agent reported with the operator's on top (empty when none).</param>
/// <param name="Status"><see cref="ClusterConnectivity.Online"/> or <see cref="ClusterConnectivity.Offline"/>.</param>
/// <param name="LastHeartbeat">The last accepted heartbeat, or null.</param>
/// <param name="LastSnapshotAt">The last accepted snapshot, or null.</param>
/// <param name="AgentVersion">The version the agent reported, or null.</param>
/// <param name="Summary">Counts over the latest snapshot, or null when the cluster sent none yet.</param>
public sealed record ClusterView(
    string Id,
    string Name,
    string? Description,
    string? Environment,
    IReadOnlyDictionary<string, string> Labels,
    string Status,
    DateTimeOffset? LastHeartbeat,
    DateTimeOffset? LastSnapshotAt,
    string? AgentVersion,
    ClusterSummaryView? Summary);
