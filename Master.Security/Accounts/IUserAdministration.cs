using Master.Database.Accounts;

namespace Master.Security.Accounts;

/// <summary>
/// Creates, changes and deletes users. Callers validate the fields first (<see cref="Usernames"/>,
/// <c>PasswordPolicy</c>); this hashes passwords and keeps the rules that need the store: unique usernames, never
/// without an active administrator, never deleting yourself.
/// </summary>
public interface IUserAdministration
{
    /// <summary>Creates an active user; null when the username is taken.</summary>
    Task<UserRecord?> CreateAsync(NewUser user, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="update"/>. A new password or a disabled account ends the user's login sessions (API keys
    /// of a disabled user stop working too, as every token check reads the user's status).
    /// </summary>
    Task<(UserWriteResult Result, UserRecord? User)> UpdateAsync(long id, UserUpdate update, CancellationToken cancellationToken);

    /// <summary>Deletes a user and its tokens, unless it is the caller or the last active administrator.</summary>
    Task<UserDeletion> DeleteAsync(long id, Caller caller, CancellationToken cancellationToken);
}
