namespace Master.DataHub.Agents;

/// <summary>Which agent request proved the agent alive.</summary>
public enum AgentContact
{
    /// <summary>An accepted heartbeat.</summary>
    Heartbeat,

    /// <summary>An accepted snapshot, changed or not.</summary>
    Snapshot,
}
