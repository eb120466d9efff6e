namespace Master.Security.Audit;

/// <summary>The kinds of security event Master records (docs/security.md, "Security events").</summary>
public static class SecurityEventKinds
{
    public const string LoginFailed = "login_failed";
    public const string LoginDisabledUser = "login_disabled_user";
    public const string InvalidToken = "invalid_token";
    public const string ExpiredToken = "expired_token";
    public const string PermissionDenied = "permission_denied";
    public const string RateLimited = "rate_limited";
    public const string AgentAuthFailed = "agent_auth_failed";
    public const string AgentClusterMismatch = "agent_cluster_mismatch";
}

/// <summary>How serious a security event is.</summary>
public static class SecuritySeverities
{
    /// <summary>Worth knowing, such as one failed login.</summary>
    public const string Info = "info";

    /// <summary>Worth a look: a denial, a bad token, a limit hit.</summary>
    public const string Warning = "warning";

    /// <summary>Likely an attack or a misconfigured agent talking for another cluster.</summary>
    public const string Critical = "critical";

    public static IReadOnlyList<string> All { get; } = [Info, Warning, Critical];
}
