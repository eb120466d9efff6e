using Master.Database.Accounts;
using Master.Security.Tokens;

namespace Master.Security.Accounts;

/// <summary>API keys on the token table.</summary>
internal sealed class ApiKeys(ITokenRepository tokens) : IApiKeys
{
    /// <summary>Issues a key for the caller. The returned token is the only time it is ever seen.</summary>
    public async Task<(TokenRecord Key, string Token)> CreateAsync(
        Caller caller, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var token = BearerTokens.NewApiKey();
        var id = await tokens.CreateAsync(caller.UserId, TokenKind.ApiKey, name, BearerTokens.Hash(token), expiresAt, cancellationToken)
            .ConfigureAwait(false) ?? throw new InvalidOperationException("A fresh 256-bit API key collided with a stored one.");
        var key = await tokens.GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"API key {id} vanished right after it was created.");
        return (key, token);
    }

    /// <summary>The caller's API keys, oldest first.</summary>
    public Task<IReadOnlyList<TokenRecord>> ListAsync(Caller caller, CancellationToken cancellationToken) =>
        tokens.ListForUserAsync(caller.UserId, TokenKind.ApiKey, cancellationToken);

    /// <summary>Revokes a key of the caller, or any user's key when the caller is an administrator.</summary>
    public async Task<bool> RevokeAsync(Caller caller, long id, CancellationToken cancellationToken)
    {
        var key = await tokens.GetAsync(id, cancellationToken).ConfigureAwait(false);
        // Someone else's key answers as missing, so ids of other users' keys cannot be probed.
        if (key is null || key.Kind != TokenKind.ApiKey || (key.UserId != caller.UserId && caller.Role != Role.Admin))
        {
            return false;
        }

        return await tokens.RevokeAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
