using Master.DataHub;
using Master.DataHub.Agents;

namespace Master.Query;

/// <summary>
/// Joins agents and snapshots of the hub into cluster views. Registry metadata (name, description, environment,
/// operator labels) joins in once the relational store holds it; until then the name is the id.
/// </summary>
internal sealed class ClusterReadService(IDataHub hub, TimeProvider timeProvider) : IClusterReadService
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    public async ValueTask<ClusterPage> ListClustersAsync(
        int limit, string? after = null, ClusterFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        filter ??= ClusterFilter.None;

        // Filters read only agent fields, so the snapshots (the expensive read) are loaded for the page alone. The hub
        // promises an order by id but not which comparison; paging needs the ordinal one.
        var matching = (await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false))
            .Select(agent => ToView(agent, null))
            .Where(filter.Matches)
            .OrderBy(view => view.Id, StringComparer.Ordinal)
            .ToList();
        var start = after is null ? 0 : matching.FindIndex(view => string.CompareOrdinal(view.Id, after) > 0);
        if (start < 0)
        {
            return new ClusterPage([], matching.Count, null);
        }

        var count = Math.Min(limit, matching.Count - start);
        var items = new List<ClusterView>(count);
        foreach (var view in matching.GetRange(start, count))
        {
            var snapshot = await hub.GetSnapshotAsync(view.Id, cancellationToken).ConfigureAwait(false);
            items.Add(view with { Summary = SummaryOf(snapshot) });
        }

        var nextAfter = start + count < matching.Count ? items[^1].Id : null;
        return new ClusterPage(items, matching.Count, nextAfter);
    }

    public async ValueTask<ClusterView?> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);

        var agent = await hub.GetAgentAsync(clusterId, cancellationToken).ConfigureAwait(false);
        if (agent is null)
        {
            return null;
        }

        var snapshot = await hub.GetSnapshotAsync(clusterId, cancellationToken).ConfigureAwait(false);
        return ToView(agent, snapshot);
    }

    public async ValueTask<ClusterStatusView?> GetStatusAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);

        var agent = await hub.GetAgentAsync(clusterId, cancellationToken).ConfigureAwait(false);
        if (agent is null)
        {
            return null;
        }

        var snapshot = await hub.GetSnapshotAsync(clusterId, cancellationToken).ConfigureAwait(false);
        long? ageSeconds = agent.LastSnapshotAt is { } at
            ? (long)Math.Max(0, (timeProvider.GetUtcNow() - at).TotalSeconds)
            : null;
        return new ClusterStatusView(
            StatusOf(agent), agent.LastHeartbeat, agent.LastSnapshotAt, ageSeconds, snapshot?.Version, SummaryOf(snapshot));
    }

    public async ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);

        return await hub.GetSnapshotAsync(clusterId, cancellationToken).ConfigureAwait(false);
    }

    private static ClusterView ToView(AgentState agent, StoredSnapshot? snapshot) => new(
        Id: agent.ClusterId,
        Name: agent.ClusterId,
        Description: null,
        Environment: null,
        Labels: agent.Report.Labels ?? NoLabels,
        Status: StatusOf(agent),
        LastHeartbeat: agent.LastHeartbeat,
        LastSnapshotAt: agent.LastSnapshotAt,
        AgentVersion: agent.Report.AgentVersion,
        Summary: SummaryOf(snapshot));

    private static string StatusOf(AgentState agent) => agent.Online ? ClusterConnectivity.Online : ClusterConnectivity.Offline;

    private static ClusterSummaryView? SummaryOf(StoredSnapshot? snapshot) =>
        snapshot?.Snapshot.Summary is { } summary ? ClusterSummaryView.From(summary) : null;
}
