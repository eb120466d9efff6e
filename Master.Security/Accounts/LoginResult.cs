using Master.Database.Accounts;

namespace Master.Security.Accounts;

/// <summary>How a login ended.</summary>
public enum LoginOutcome
{
    /// <summary>A session was opened.</summary>
    Succeeded,

    /// <summary>No such user, or the wrong password: the two are not told apart.</summary>
    InvalidCredentials,

    /// <summary>The password was right but the user is disabled.</summary>
    Disabled,
}

/// <summary>The outcome of a login and, when it succeeded, the session.</summary>
public sealed record LoginResult(LoginOutcome Outcome, IssuedSession? Session)
{
    public static LoginResult Failed(LoginOutcome outcome) => new(outcome, null);
}

/// <summary>A session just opened. <paramref name="Token"/> is shown to the user once and stored only as a hash.</summary>
public sealed record IssuedSession(string Token, DateTimeOffset ExpiresAt, long TokenId, UserRecord User, Role Role);
