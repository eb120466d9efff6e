using Master.Database.Accounts;

namespace Master.Security.Accounts;

/// <summary>The API keys users create for scripts and CI.</summary>
public interface IApiKeys
{
    /// <summary>Issues a key for the caller. The returned token is the only time it is ever seen.</summary>
    Task<(TokenRecord Key, string Token)> CreateAsync(Caller caller, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>The caller's API keys, oldest first.</summary>
    Task<IReadOnlyList<TokenRecord>> ListAsync(Caller caller, CancellationToken cancellationToken);

    /// <summary>Revokes a key of the caller, or any user's key when the caller is an administrator; false when there is none to revoke.</summary>
    Task<bool> RevokeAsync(Caller caller, long id, CancellationToken cancellationToken);
}
