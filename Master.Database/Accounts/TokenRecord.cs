namespace Master.Database.Accounts;

/// <summary>A session or API key of a user. Only the token's hash is stored, never the token.</summary>
/// <param name="Id">The token id, assigned by the database.</param>
/// <param name="UserId">The user the token belongs to.</param>
/// <param name="Kind">Session or API key.</param>
/// <param name="Name">A label the user gave an API key; empty when unset.</param>
/// <param name="TokenHash">The hash the caller computed from the token, unique across tokens.</param>
/// <param name="ExpiresAt">When the token stops being valid (UTC), or null for never.</param>
/// <param name="LastUsedAt">The last time the token authenticated a request (UTC), or null.</param>
/// <param name="CreatedAt">When the token was issued (UTC).</param>
public sealed record TokenRecord(
    long Id,
    long UserId,
    TokenKind Kind,
    string Name,
    string TokenHash,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset CreatedAt);
