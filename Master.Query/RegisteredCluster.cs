namespace Master.Query;

/// <summary>A cluster as the registry knows it; the agent fields are those last persisted, for when it is not live.</summary>
/// <param name="Id">The cluster id the agent reports under.</param>
/// <param name="Name">The unique display name.</param>
/// <param name="Description">The operator's description, or null.</param>
/// <param name="Environment">The operator's environment tag, or null when unset.</param>
/// <param name="Labels">The operator's labels.</param>
/// <param name="LastHeartbeat">The last contact with the agent that was persisted, or null.</param>
/// <param name="AgentVersion">The agent version last persisted, or null.</param>
public sealed record RegisteredCluster(
    string Id,
    string Name,
    string? Description,
    string? Environment,
    IReadOnlyDictionary<string, string> Labels,
    DateTimeOffset? LastHeartbeat,
    string? AgentVersion);
