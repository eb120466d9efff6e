namespace Master.Security.Accounts;

/// <summary>What a presented bearer token turned out to be.</summary>
public enum TokenOutcome
{
    /// <summary>It belongs to an active user.</summary>
    Valid,

    /// <summary>It does not even look like a Master token.</summary>
    Malformed,

    /// <summary>No such token (never issued, revoked, or its user deleted).</summary>
    Unknown,

    /// <summary>It was issued but has expired.</summary>
    Expired,

    /// <summary>It belongs to a disabled user.</summary>
    UserDisabled,
}

/// <summary>The outcome of checking a token and, when it is valid, the caller.</summary>
public sealed record TokenCheck(TokenOutcome Outcome, Caller? Caller)
{
    public static TokenCheck Failed(TokenOutcome outcome) => new(outcome, null);
}
