namespace Master.DataHub.Agents;

/// <summary>What an extended agent says about itself on a heartbeat or snapshot; each value is null when not sent.</summary>
/// <param name="AgentVersion">The agent's version string.</param>
/// <param name="Labels">The agent-reported labels.</param>
/// <param name="ConfigHash">SHA-256 of the configuration the agent runs, 64 lower-case hex digits.</param>
public sealed record AgentReport(string? AgentVersion, IReadOnlyDictionary<string, string>? Labels, string? ConfigHash)
{
    /// <summary>The report of an agent that sends no self-description.</summary>
    public static AgentReport None { get; } = new(null, null, null);
}
