namespace Master.Database.Accounts;

/// <summary>User accounts on the <c>users</c> table. Callers pass password hashes, never passwords.</summary>
public interface IUserRepository
{
    /// <summary>Creates an active user and returns its id, or null when the username is taken.</summary>
    Task<long?> CreateAsync(
        string username, string displayName, string passwordHash, string role, CancellationToken cancellationToken = default);

    /// <summary>The user with <paramref name="id"/>, or null.</summary>
    Task<UserRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The user named <paramref name="username"/> (case-sensitive), or null.</summary>
    Task<UserRecord?> GetByUsernameAsync(string username, CancellationToken cancellationToken = default);

    /// <summary>Every user, by username.</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the user's role; false when there is no such user.</summary>
    Task<bool> UpdateRoleAsync(long id, string role, CancellationToken cancellationToken = default);

    /// <summary>Replaces the user's password hash (the caller hashes); false when there is no such user.</summary>
    Task<bool> UpdatePasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>Records a successful login now; false when there is no such user.</summary>
    Task<bool> RecordLoginAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks the user inactive, keeping the row for the audit trail; false when there is no such user.</summary>
    Task<bool> DisableAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user and its tokens; false when there was none.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
