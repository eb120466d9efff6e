using Master.DataHub;
using Master.DataHub.Agents;

namespace Master.Query;

/// <summary>
/// Joins the hub's agents and snapshots with the registry into cluster views. A cluster the registry knows but the hub
/// does not (its agent silent past the stale threshold, or Master restarted) is listed offline with what the registry
/// last recorded.
/// </summary>
internal sealed class ClusterReadService(IDataHub hub, IClusterDirectory directory, TimeProvider timeProvider) : IClusterReadService
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    public async ValueTask<ClusterPage> ListClustersAsync(
        int limit, string? after = null, ClusterFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        filter ??= ClusterFilter.None;

        // Filters read no snapshot field, so the snapshots (the expensive read) are loaded for the page alone. Paging
        // needs one order over both sources: ordinal by id.
        var registered = (await directory.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var agents = (await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.ClusterId, StringComparer.Ordinal);
        var matching = registered.Keys.Union(agents.Keys)
            .Select(id => ToView(id, agents.GetValueOrDefault(id), registered.GetValueOrDefault(id), null))
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
        if (await FindAsync(clusterId, cancellationToken).ConfigureAwait(false) is not var (id, agent, registered))
        {
            return null;
        }

        var snapshot = await hub.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
        return ToView(id, agent, registered, snapshot);
    }

    public async ValueTask<ClusterStatusView?> GetStatusAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        if (await GetClusterAsync(clusterId, cancellationToken).ConfigureAwait(false) is not { } view)
        {
            return null;
        }

        var snapshot = await hub.GetSnapshotAsync(view.Id, cancellationToken).ConfigureAwait(false);
        long? ageSeconds = view.LastSnapshotAt is { } at
            ? (long)Math.Max(0, (timeProvider.GetUtcNow() - at).TotalSeconds)
            : null;
        return new ClusterStatusView(view.Status, view.LastHeartbeat, view.LastSnapshotAt, ageSeconds, snapshot?.Version, view.Summary);
    }

    public async ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default) =>
        await ResolveClusterIdAsync(clusterId, cancellationToken).ConfigureAwait(false) is { } id
            ? await hub.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false)
            : null;

    public async ValueTask<string?> ResolveClusterIdAsync(string idOrName, CancellationToken cancellationToken = default) =>
        (await FindAsync(idOrName, cancellationToken).ConfigureAwait(false))?.Id;

    public async ValueTask<IReadOnlyList<ObjectRef>?> GetObjectFamilyAsync(
        string clusterId, ObjectRef root, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (await ResolveClusterIdAsync(clusterId, cancellationToken).ConfigureAwait(false) is not { } id)
        {
            return null;
        }

        var snapshot = await hub.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
        return snapshot is null ? [root] : ObjectFamily.Of(snapshot.Snapshot, root, max);
    }

    /// <summary>A live id wins over a registered name, so a cluster can never be shadowed by another's new name.</summary>
    private async ValueTask<(string Id, AgentState? Agent, RegisteredCluster? Registered)?> FindAsync(
        string idOrName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrName);

        var agent = await hub.GetAgentAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var registered = await directory.FindAsync(idOrName, cancellationToken).ConfigureAwait(false);
        if (agent is not null)
        {
            return (agent.ClusterId, agent, registered?.Id == agent.ClusterId ? registered : null);
        }

        if (registered is null)
        {
            return null;
        }

        return (registered.Id, await hub.GetAgentAsync(registered.Id, cancellationToken).ConfigureAwait(false), registered);
    }

    private static ClusterView ToView(string id, AgentState? agent, RegisteredCluster? registered, StoredSnapshot? snapshot) => new(
        Id: id,
        Name: registered?.Name ?? id,
        Description: registered?.Description,
        Environment: registered?.Environment,
        Labels: LabelsOf(agent, registered),
        Status: agent is { Online: true } ? ClusterConnectivity.Online : ClusterConnectivity.Offline,
        LastHeartbeat: agent is null ? registered?.LastHeartbeat : agent.LastHeartbeat,
        LastSnapshotAt: agent?.LastSnapshotAt,
        AgentVersion: agent is null ? registered?.AgentVersion : agent.Report.AgentVersion,
        Summary: SummaryOf(snapshot));

    /// <summary>What the agent reports, with the operator's labels on top: the operator has the last word.</summary>
    private static IReadOnlyDictionary<string, string> LabelsOf(AgentState? agent, RegisteredCluster? registered)
    {
        var reported = agent?.Report.Labels ?? NoLabels;
        if (registered is null || registered.Labels.Count == 0)
        {
            return reported;
        }

        var labels = new Dictionary<string, string>(reported, StringComparer.Ordinal);
        foreach (var (key, value) in registered.Labels)
        {
            labels[key] = value;
        }

        return labels;
    }

    private static ClusterSummaryView? SummaryOf(StoredSnapshot? snapshot) =>
        snapshot?.Snapshot.Summary is { } summary ? ClusterSummaryView.From(summary) : null;
}
