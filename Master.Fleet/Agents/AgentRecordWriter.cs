using Master.Database.Registry;
using Master.DataHub;
using Master.DataHub.Agents;
using Master.Fleet.Registry;
using Microsoft.Extensions.Logging;

namespace Master.Fleet.Agents;

/// <summary>
/// Writes the hub's agents through to the <c>agents</c> table, coalesced: each flush writes every agent that changed
/// since the last successful one, all in batched statements, so heartbeats never wait for the store and the write rate
/// depends on the flush interval, not on how often agents report. A failed flush writes nothing it remembers as written,
/// so the next one retries the same changes.
/// </summary>
internal sealed class AgentRecordWriter(
    IDataHub hub,
    IAgentRepository agents,
    ClusterRegistry registry,
    RegistryDirectory directory,
    FleetMetrics metrics,
    ILogger<AgentRecordWriter> logger) : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly Dictionary<string, AgentRecord> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PodCount> _pods = new(StringComparer.Ordinal);

    /// <summary>Writes every agent that changed; throws when the store fails.</summary>
    public async Task<AgentFlush> FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var changed = new List<AgentRecord>();
            foreach (var agent in await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false))
            {
                var record = await ToRecordAsync(agent, cancellationToken).ConfigureAwait(false);
                if (!_written.TryGetValue(agent.ClusterId, out var written) || !SameState(written, record))
                {
                    changed.Add(record);
                }
            }

            if (changed.Count == 0)
            {
                return new AgentFlush(0, 0);
            }

            try
            {
                return new AgentFlush(changed.Count, await WriteAsync(changed, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                metrics.StoreFailed("agents");
                logger.AgentWriteFailed(changed.Count, exception);
                throw;
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>Forgets what was written for clusters whose records are gone, so that a returning agent is written again.</summary>
    public void Forget(IEnumerable<string> clusterIds)
    {
        _flushing.Wait();
        try
        {
            foreach (var id in clusterIds)
            {
                _written.Remove(id);
                _pods.Remove(id);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    public void Dispose() => _flushing.Dispose();

    private async Task<int> WriteAsync(List<AgentRecord> changed, CancellationToken cancellationToken)
    {
        await registry.EnsureRegisteredAsync(changed.Select(record => record.ClusterId), cancellationToken).ConfigureAwait(false);

        var batches = await agents.UpsertManyAsync(changed, cancellationToken).ConfigureAwait(false);
        metrics.AgentRecordsWritten(changed.Count, batches);
        foreach (var record in changed)
        {
            _written[record.ClusterId] = record;
        }

        directory.Put(changed);
        return batches;
    }

    private async Task<AgentRecord> ToRecordAsync(AgentState agent, CancellationToken cancellationToken)
    {
        // The pod count needs the snapshot; read it only when the agent sent a new one.
        if (!_pods.TryGetValue(agent.ClusterId, out var pods) || pods.SnapshotAt != agent.LastSnapshotAt)
        {
            var snapshot = await hub.GetSnapshotAsync(agent.ClusterId, cancellationToken).ConfigureAwait(false);
            pods = new PodCount(agent.LastSnapshotAt, snapshot?.Snapshot.Summary.TotalPods ?? 0);
            _pods[agent.ClusterId] = pods;
        }

        return new AgentRecord(
            Id: agent.ClusterId,
            ClusterId: agent.ClusterId,
            Name: string.Empty,
            Labels: agent.Report.Labels ?? NoLabels,
            Healthy: agent.Online,
            LastHeartbeatAt: agent.LastSeen,
            AgentVersion: agent.Report.AgentVersion,
            ConfigHash: agent.Report.ConfigHash,
            PodsCount: pods.Count);
    }

    private static bool SameState(AgentRecord written, AgentRecord current) =>
        written.Healthy == current.Healthy
        && written.LastHeartbeatAt == current.LastHeartbeatAt
        && written.AgentVersion == current.AgentVersion
        && written.ConfigHash == current.ConfigHash
        && written.PodsCount == current.PodsCount
        && written.Labels.Count == current.Labels.Count
        && written.Labels.All(label => current.Labels.TryGetValue(label.Key, out var value) && value == label.Value);

    private readonly record struct PodCount(DateTimeOffset? SnapshotAt, int Count);
}
