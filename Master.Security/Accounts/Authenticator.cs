using Master.Database.Accounts;
using Master.Security.Passwords;
using Master.Security.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Security.Accounts;

/// <summary>Logs users in and out over the user and token tables.</summary>
internal sealed class Authenticator(
    IUserRepository users,
    ITokenRepository tokens,
    PasswordHasher hasher,
    TokenUsageRecorder usage,
    IOptions<SecurityOptions> options,
    TimeProvider timeProvider,
    ILogger<Authenticator> logger) : IAuthenticator
{
    /// <summary>Checks the password and, when it is right and the user active, opens a session.</summary>
    public async Task<LoginResult> LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = await users.GetByUsernameAsync(username, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            // The same work as for a real user, so the answer's timing does not tell which usernames exist.
            PasswordHasher.Verify(password, hasher.DummyHash);
            return LoginResult.Failed(LoginOutcome.InvalidCredentials);
        }

        if (!PasswordHasher.Verify(password, user.PasswordHash))
        {
            return LoginResult.Failed(LoginOutcome.InvalidCredentials);
        }

        if (!user.IsActive)
        {
            return LoginResult.Failed(LoginOutcome.Disabled);
        }

        if (!RoleNames.TryParse(user.Role, out var role))
        {
            logger.UnknownRole(user.Username, user.Role);
            return LoginResult.Failed(LoginOutcome.InvalidCredentials);
        }

        if (hasher.NeedsRehash(user.PasswordHash))
        {
            await users.UpdateAsync(user.Id, new UserChange(PasswordHash: hasher.Hash(password)), cancellationToken).ConfigureAwait(false);
        }

        var token = BearerTokens.NewSessionToken();
        var expiresAt = timeProvider.GetUtcNow() + options.Value.SessionTtl;
        var tokenId = await tokens.CreateAsync(user.Id, TokenKind.Session, string.Empty, BearerTokens.Hash(token), expiresAt, cancellationToken)
            .ConfigureAwait(false) ?? throw new InvalidOperationException("A fresh 256-bit session token collided with a stored one.");
        await users.RecordLoginAsync(user.Id, cancellationToken).ConfigureAwait(false);
        return new LoginResult(LoginOutcome.Succeeded, new IssuedSession(token, expiresAt, tokenId, user, role));
    }

    /// <summary>Who holds <paramref name="token"/>, or why nobody does; records the token's use when it is valid.</summary>
    public async Task<TokenCheck> CheckAsync(string token, CancellationToken cancellationToken)
    {
        if (!BearerTokens.LooksLikeToken(token))
        {
            return TokenCheck.Failed(TokenOutcome.Malformed);
        }

        var record = await tokens.FindByHashAsync(BearerTokens.Hash(token), cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return TokenCheck.Failed(TokenOutcome.Unknown);
        }

        var now = timeProvider.GetUtcNow();
        if (record.ExpiresAt <= now)
        {
            return TokenCheck.Failed(TokenOutcome.Expired);
        }

        var user = await users.GetAsync(record.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null || !RoleNames.TryParse(user.Role, out var role))
        {
            return TokenCheck.Failed(TokenOutcome.Unknown);
        }

        if (!user.IsActive)
        {
            return TokenCheck.Failed(TokenOutcome.UserDisabled);
        }

        usage.Record(record.Id, now);
        return new TokenCheck(TokenOutcome.Valid, new Caller(user.Id, user.Username, role, record.Id, record.Kind));
    }

    /// <summary>Revokes the token the caller used.</summary>
    public Task<bool> LogoutAsync(Caller caller, CancellationToken cancellationToken) =>
        tokens.RevokeAsync(caller.TokenId, cancellationToken);
}
