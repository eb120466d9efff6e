namespace Master.Query;

/// <summary>A cluster as the API lists it. Times are Master's clock, UTC.</summary>
/// <param name="Id">The cluster id the agent reports under.</param>
/// <param name="Name">The display name; the id until the registry gives clusters names.</param>
/// <param name="Description">The operator's description; null until the registry stores one.</param>
/// <param name="Environment">The operator's environment tag; null until the registry stores one.</param>
/// <param name="Labels">The labels; for now those the agent reported (empty when none).</param>
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
