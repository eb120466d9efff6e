using Master.DataHub.Agents;

namespace Master.DataHub;

/// <summary>Agent liveness and self-description, one agent per cluster.</summary>
public interface IAgentStore
{
    /// <summary>
    /// Records an accepted heartbeat or snapshot at the hub's clock: registers an unknown cluster, marks it online
    /// (publishing <see cref="Changes.AgentOnline"/> on a transition) and replaces the self-description with <paramref name="report"/>.
    /// </summary>
    ValueTask<AgentState> RecordContactAsync(
        string clusterId, AgentContact contact, AgentReport report, CancellationToken cancellationToken = default);

    /// <summary>Returns the agent of a cluster, or null when the cluster is unknown.</summary>
    ValueTask<AgentState?> GetAgentAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Returns every known agent, ordered by cluster id.</summary>
    ValueTask<IReadOnlyList<AgentState>> ListAgentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks offline every agent silent for longer than <see cref="DataHubOptions.HeartbeatTimeout"/>, publishing
    /// <see cref="Changes.AgentOffline"/> for each, and returns them. The hub runs this itself every
    /// <see cref="DataHubOptions.LivenessCheckInterval"/>; callers may run it too.
    /// </summary>
    ValueTask<IReadOnlyList<AgentState>> SweepOfflineAgentsAsync(CancellationToken cancellationToken = default);
}
