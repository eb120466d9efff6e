namespace Master.DataHub.Agents;

/// <summary>The live record of one cluster's agent. Times are Master's clock, UTC.</summary>
public sealed record AgentState
{
    /// <summary>The cluster id the agent reports under.</summary>
    public required string ClusterId { get; init; }

    /// <summary>When the cluster was first registered.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>The last accepted heartbeat or snapshot; polls and results do not count.</summary>
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>The last accepted heartbeat, or null when none came yet.</summary>
    public DateTimeOffset? LastHeartbeat { get; init; }

    /// <summary>The last accepted snapshot (also an unchanged one), or null when none came yet.</summary>
    public DateTimeOffset? LastSnapshotAt { get; init; }

    /// <summary>True while the agent is within the heartbeat timeout.</summary>
    public required bool Online { get; init; }

    /// <summary>The self-description of the last heartbeat or snapshot.</summary>
    public AgentReport Report { get; init; } = AgentReport.None;
}
