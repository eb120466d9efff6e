namespace Master.Database.Accounts;

/// <summary>Sessions and API keys on the <c>tokens</c> table. Callers pass token hashes, never tokens.</summary>
public interface ITokenRepository
{
    /// <summary>
    /// Issues a token of <paramref name="userId"/> and returns its id, or null when <paramref name="tokenHash"/> is taken.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">There is no such user.</exception>
    Task<long?> CreateAsync(
        long userId, TokenKind kind, string name, string tokenHash, DateTimeOffset? expiresAt,
        CancellationToken cancellationToken = default);

    /// <summary>The token whose hash is <paramref name="tokenHash"/> and that has not expired by now, or null.</summary>
    Task<TokenRecord?> FindValidByHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Every token of <paramref name="userId"/>, oldest first, expired ones included.</summary>
    Task<IReadOnlyList<TokenRecord>> ListForUserAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Records that the token was used now; false when there is no such token.</summary>
    Task<bool> TouchAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes the token, so it no longer authenticates; false when there was none.</summary>
    Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every token that has expired by now; returns how many.</summary>
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default);
}
