using Master.Database.Accounts;
using Master.Security.Passwords;

namespace Master.Security.Accounts;

/// <summary>Users on the user and token tables, with passwords hashed by <see cref="PasswordHasher"/>.</summary>
internal sealed class UserAdministration(IUserRepository users, ITokenRepository tokens, PasswordHasher hasher) : IUserAdministration
{
    /// <summary>Creates an active user; null when the username is taken.</summary>
    public async Task<UserRecord?> CreateAsync(NewUser user, CancellationToken cancellationToken)
    {
        var id = await users.CreateAsync(
            user.Username, user.DisplayName, user.Email, hasher.Hash(user.Password), user.Role.ToName(), cancellationToken).ConfigureAwait(false);
        return id is null ? null : await users.GetAsync(id.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies <paramref name="update"/>. A new password or a disabled account ends the user's login sessions (API keys
    /// of a disabled user stop working too, as every token check reads the user's status).
    /// </summary>
    public async Task<(UserWriteResult Result, UserRecord? User)> UpdateAsync(long id, UserUpdate update, CancellationToken cancellationToken)
    {
        var change = new UserChange(
            update.Role?.ToName(), update.IsActive, update.DisplayName, update.Email,
            update.Password is null ? null : hasher.Hash(update.Password));
        var result = await users.UpdateAsync(id, change, cancellationToken).ConfigureAwait(false);
        if (result != UserWriteResult.Done)
        {
            return (result, null);
        }

        if (update.Password is not null || update.IsActive == false)
        {
            await tokens.RevokeForUserAsync(id, TokenKind.Session, cancellationToken).ConfigureAwait(false);
        }

        return (result, await users.GetAsync(id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Deletes a user and its tokens, unless it is the caller or the last active administrator.</summary>
    public async Task<UserDeletion> DeleteAsync(long id, Caller caller, CancellationToken cancellationToken)
    {
        if (id == caller.UserId)
        {
            return UserDeletion.Yourself;
        }

        return await users.DeleteAsync(id, cancellationToken).ConfigureAwait(false) switch
        {
            UserWriteResult.Done => UserDeletion.Deleted,
            UserWriteResult.LastAdmin => UserDeletion.LastAdmin,
            _ => UserDeletion.NotFound,
        };
    }
}

/// <summary>A user to create, already validated.</summary>
public sealed record NewUser(string Username, string Password, string DisplayName, string Email, Role Role);

/// <summary>Changes to a user, already validated; null keeps a field.</summary>
public sealed record UserUpdate(Role? Role = null, bool? IsActive = null, string? DisplayName = null, string? Email = null, string? Password = null);

/// <summary>How a deletion ended.</summary>
public enum UserDeletion
{
    Deleted,
    NotFound,

    /// <summary>Refused: nobody deletes their own account.</summary>
    Yourself,

    /// <summary>Refused: it is the last active administrator.</summary>
    LastAdmin,
}
