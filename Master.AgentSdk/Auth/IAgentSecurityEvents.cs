namespace Master.AgentSdk.Auth;

/// <summary>
/// Where the agent channel reports security events (agent-protocol.md §4.5); the host sends them to the security
/// event log. Without one registered they are only log events.
/// </summary>
public interface IAgentSecurityEvents
{
    /// <summary>An agent request was refused for its credentials; reported once per coalescing window (A7).</summary>
    /// <param name="reason">Why, such as <c>missing_token</c> or <c>unknown_token</c>.</param>
    /// <param name="path">The request path.</param>
    /// <param name="remoteAddress">The caller's address.</param>
    /// <param name="claimedClusterId">The cluster the request claimed, or null.</param>
    /// <param name="tokenFingerprint">A short fingerprint of the token sent, never the token, or null.</param>
    ValueTask AuthenticationFailedAsync(string reason, string path, string remoteAddress, string? claimedClusterId, string? tokenFingerprint);

    /// <summary>An agent posted the result of a command of another cluster (§4.5.2).</summary>
    /// <param name="commandId">The command.</param>
    /// <param name="commandClusterId">The cluster the command belongs to.</param>
    /// <param name="claimedClusterId">The cluster the agent claimed.</param>
    /// <param name="remoteAddress">The caller's address.</param>
    ValueTask ClusterMismatchAsync(string commandId, string commandClusterId, string claimedClusterId, string remoteAddress);
}

/// <summary>The default: the log events are the only record.</summary>
internal sealed class NoAgentSecurityEvents : IAgentSecurityEvents
{
    public ValueTask AuthenticationFailedAsync(string reason, string path, string remoteAddress, string? claimedClusterId, string? tokenFingerprint) =>
        ValueTask.CompletedTask;

    public ValueTask ClusterMismatchAsync(string commandId, string commandClusterId, string claimedClusterId, string remoteAddress) =>
        ValueTask.CompletedTask;
}
