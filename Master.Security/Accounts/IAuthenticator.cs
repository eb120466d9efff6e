namespace Master.Security.Accounts;

/// <summary>Logs users in and out and tells who holds a bearer token.</summary>
public interface IAuthenticator
{
    /// <summary>Checks the password and, when it is right and the user active, opens a session.</summary>
    Task<LoginResult> LoginAsync(string username, string password, CancellationToken cancellationToken);

    /// <summary>Who holds <paramref name="token"/>, or why nobody does; records the token's use when it is valid.</summary>
    Task<TokenCheck> CheckAsync(string token, CancellationToken cancellationToken);

    /// <summary>Revokes the token the caller used.</summary>
    Task<bool> LogoutAsync(Caller caller, CancellationToken cancellationToken);
}
