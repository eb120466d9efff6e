using Master.Database.Accounts;

namespace Master.Security.Accounts;

/// <summary>Who is calling: the user a valid token belongs to, and which token it was.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The user's login name.</param>
/// <param name="Role">The user's role now (not when the token was issued).</param>
/// <param name="TokenId">The token's id, so logout can revoke exactly it.</param>
/// <param name="TokenKind">A login session or an API key.</param>
public sealed record Caller(long UserId, string Username, Role Role, long TokenId, TokenKind TokenKind)
{
    /// <summary>Where the request came from for the audit trail: <c>web</c> for sessions, <c>api</c> for API keys.</summary>
    public string Source => TokenKind == TokenKind.ApiKey ? "api" : "web";
}
