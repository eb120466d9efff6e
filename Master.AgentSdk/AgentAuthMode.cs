namespace Master.AgentSdk;

/// <summary>How the agent channel authenticates agents (<c>MASTER_AGENT_AUTH</c>, agent-protocol.md §11.1).</summary>
public enum AgentAuthMode
{
    /// <summary>No authentication: the <c>Authorization</c> header is ignored entirely (the default).</summary>
    Off,

    /// <summary>Every <c>/agent/*</c> request needs <c>Authorization: Bearer &lt;token&gt;</c> valid for its cluster.</summary>
    Token,
}
