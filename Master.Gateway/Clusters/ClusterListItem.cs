using Master.Query;

namespace Master.Gateway.Clusters;

/// <summary>A cluster in the list of <c>GET /api/v2/clusters</c>: a <see cref="ClusterView"/> without its description.</summary>
/// <param name="Id">The cluster id.</param>
/// <param name="Name">The unique name.</param>
/// <param name="Environment">The environment tag, or null.</param>
/// <param name="Labels">The labels.</param>
/// <param name="Status"><c>online</c> or <c>offline</c>.</param>
/// <param name="LastHeartbeat">The last accepted heartbeat, or null.</param>
/// <param name="LastSnapshotAt">The last accepted snapshot, or null.</param>
/// <param name="AgentVersion">The agent's version, or null.</param>
/// <param name="Summary">Counts over the latest snapshot, or null.</param>
internal sealed record ClusterListItem(
    string Id,
    string Name,
    string? Environment,
    IReadOnlyDictionary<string, string> Labels,
    string Status,
    DateTimeOffset? LastHeartbeat,
    DateTimeOffset? LastSnapshotAt,
    string? AgentVersion,
    ClusterSummaryView? Summary)
{
    public static ClusterListItem From(ClusterView view) => new(
        view.Id, view.Name, view.Environment, view.Labels, view.Status, view.LastHeartbeat, view.LastSnapshotAt, view.AgentVersion, view.Summary);
}
