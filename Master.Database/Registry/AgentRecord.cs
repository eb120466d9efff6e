namespace Master.Database.Registry;

/// <summary>The durable record of an agent, kept across restarts so that no agent is forgotten.</summary>
/// <param name="Id">The agent id.</param>
/// <param name="ClusterId">The registered cluster the agent reports for.</param>
/// <param name="Name">A display name; empty when unset.</param>
/// <param name="Labels">The agent's groups and labels.</param>
/// <param name="Healthy">Whether the agent was last seen healthy (online).</param>
/// <param name="LastHeartbeatAt">The master-clock time of the last heartbeat or snapshot (UTC), or null.</param>
/// <param name="AgentVersion">The version the agent reports, or null.</param>
/// <param name="ConfigHash">The hash of the configuration the agent runs, or null.</param>
/// <param name="PodsCount">Pods in the cluster at the last snapshot.</param>
/// <param name="CreatedAt">When the agent was first recorded (UTC); set by the repository.</param>
/// <param name="UpdatedAt">When the record last changed (UTC); set by the repository.</param>
public sealed record AgentRecord(
    string Id,
    string ClusterId,
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    bool Healthy,
    DateTimeOffset? LastHeartbeatAt,
    string? AgentVersion,
    string? ConfigHash,
    int PodsCount,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default);
