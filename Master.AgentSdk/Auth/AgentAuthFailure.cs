namespace Master.AgentSdk.Auth;

/// <summary>One coalesced <c>agent_auth_failed</c> security event (agent-protocol.md §11.1 A7).</summary>
internal sealed class AgentAuthFailure
{
    private int _count = 1;

    /// <summary>Creates the event for its first occurrence.</summary>
    public AgentAuthFailure(
        string remoteAddress, string? claimedClusterId, string reason, string path, string? tokenFingerprint, DateTimeOffset firstAt)
    {
        RemoteAddress = remoteAddress;
        ClaimedClusterId = claimedClusterId;
        Reason = reason;
        Path = path;
        TokenFingerprint = tokenFingerprint;
        FirstAt = firstAt;
    }

    /// <summary>The peer address of the request.</summary>
    public string RemoteAddress { get; }

    /// <summary>The cluster id the request claimed, or null.</summary>
    public string? ClaimedClusterId { get; }

    /// <summary><c>missing_token</c>, <c>unknown_token</c> or <c>token_not_valid_for_cluster</c>.</summary>
    public string Reason { get; }

    /// <summary>The request path of the first occurrence.</summary>
    public string Path { get; }

    /// <summary>First 8 hex digits of the SHA-256 of the presented token, or null when none was presented.</summary>
    public string? TokenFingerprint { get; }

    /// <summary>When the first occurrence happened; the event covers one minute from here.</summary>
    public DateTimeOffset FirstAt { get; }

    /// <summary>How many failures this event stands for.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Counts one more occurrence.</summary>
    public int Increment() => Interlocked.Increment(ref _count);
}
