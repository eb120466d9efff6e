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

    /// <summary>
    /// The token whose hash is <paramref name="tokenHash"/>, expired or not, or null: the caller tells an expired token
    /// from an unknown one by <see cref="TokenRecord.ExpiresAt"/>.
    /// </summary>
    Task<TokenRecord?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>The token with <paramref name="id"/>, expired or not, or null.</summary>
    Task<TokenRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every token of <paramref name="userId"/>, oldest first, expired ones included; only of <paramref name="kind"/> when set.</summary>
    Task<IReadOnlyList<TokenRecord>> ListForUserAsync(
        long userId, TokenKind? kind = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records when each token of <paramref name="lastUsed"/> (id to time) was last used, in one transaction and a few
    /// statements, so that a caller can collect uses in memory and write them now and then. A time older than the one
    /// stored is ignored, so last use never moves backwards; ids of tokens deleted since are ignored.
    /// </summary>
    Task TouchManyAsync(IReadOnlyDictionary<long, DateTimeOffset> lastUsed, CancellationToken cancellationToken = default);

    /// <summary>Deletes the token, so it no longer authenticates; false when there was none.</summary>
    Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every token of <paramref name="userId"/>, or only those of <paramref name="kind"/> when set (a user
    /// disabled, or whose password changed); returns how many.
    /// </summary>
    Task<int> RevokeForUserAsync(long userId, TokenKind? kind = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every token that has expired by now; returns how many.</summary>
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default);
}
