using Master.DataHub.Agents;
using Master.DataHub.Changes;

namespace Master.DataHub.Memory;

// The stored AgentState.Online is the state last announced on the change feed (it flips only with an AgentOnline or
// AgentOffline change); readers get Online recomputed from LastSeen, so it follows the timeout between sweeps too.
internal sealed partial class MemoryDataHub
{
    public ValueTask<AgentState> RecordContactAsync(
        string clusterId, AgentContact contact, AgentReport report, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ArgumentNullException.ThrowIfNull(report);
        lock (_sync)
        {
            var now = Now;
            var state = _agents.TryGetValue(clusterId, out var previous)
                ? Revive(previous, now)
                : Register(clusterId, now);
            state = state with
            {
                LastSeen = now,
                LastHeartbeat = contact == AgentContact.Heartbeat ? now : state.LastHeartbeat,
                LastSnapshotAt = contact == AgentContact.Snapshot ? now : state.LastSnapshotAt,
                Online = true,
                Report = report,
            };
            _agents[clusterId] = state;
            return ValueTask.FromResult(state);
        }
    }

    public ValueTask<AgentState?> GetAgentAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        lock (_sync)
        {
            var state = _agents.GetValueOrDefault(clusterId);
            return ValueTask.FromResult(state is null ? null : WithCurrentLiveness(state, Now));
        }
    }

    public ValueTask<IReadOnlyList<AgentState>> ListAgentsAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            var now = Now;
            IReadOnlyList<AgentState> agents = [.. _agents.Values
                .OrderBy(state => state.ClusterId, StringComparer.Ordinal)
                .Select(state => WithCurrentLiveness(state, now))];
            return ValueTask.FromResult(agents);
        }
    }

    public ValueTask<IReadOnlyList<AgentState>> SweepOfflineAgentsAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            var now = Now;
            var silent = _agents.Values
                .Where(state => state.Online && !IsWithinTimeout(state, now))
                .OrderBy(state => state.ClusterId, StringComparer.Ordinal)
                .ToList();
            IReadOnlyList<AgentState> offline = [.. silent.Select(state => MarkOffline(state, now))];
            return ValueTask.FromResult(offline);
        }
    }

    private AgentState Register(string clusterId, DateTimeOffset now)
    {
        _changes.Publish(new AgentOnline(clusterId, now));
        _logger.AgentRegistered(clusterId);
        return new AgentState { ClusterId = clusterId, FirstSeen = now, LastSeen = now, Online = true };
    }

    private AgentState Revive(AgentState previous, DateTimeOffset now)
    {
        // Silent past the timeout but not swept yet: announce the offline period first, so the feed matches what
        // readers were already shown.
        if (previous.Online && !IsWithinTimeout(previous, now))
        {
            previous = MarkOffline(previous, now);
        }

        if (!previous.Online)
        {
            _changes.Publish(new AgentOnline(previous.ClusterId, now));
            _logger.AgentBackOnline(previous.ClusterId);
        }

        return previous;
    }

    private AgentState MarkOffline(AgentState state, DateTimeOffset now)
    {
        state = state with { Online = false };
        _agents[state.ClusterId] = state;
        _changes.Publish(new AgentOffline(state.ClusterId, now, state.LastSeen));
        _logger.AgentWentOffline(state.ClusterId, state.LastSeen);
        return state;
    }

    private AgentState WithCurrentLiveness(AgentState state, DateTimeOffset now) =>
        state with { Online = IsWithinTimeout(state, now) };

    // L2: online while now − lastSeen ≤ the heartbeat timeout.
    private bool IsWithinTimeout(AgentState state, DateTimeOffset now) => now - state.LastSeen <= _options.HeartbeatTimeout;
}
