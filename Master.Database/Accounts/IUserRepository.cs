namespace Master.Database.Accounts;

/// <summary>User accounts on the <c>users</c> table. Callers pass password hashes, never passwords.</summary>
public interface IUserRepository
{
    /// <summary>Creates an active user and returns its id, or null when the username is taken.</summary>
    Task<long?> CreateAsync(
        string username, string displayName, string email, string passwordHash, string role,
        CancellationToken cancellationToken = default);

    /// <summary>The user with <paramref name="id"/>, or null.</summary>
    Task<UserRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The user named <paramref name="username"/> (case-sensitive), or null.</summary>
    Task<UserRecord?> GetByUsernameAsync(string username, CancellationToken cancellationToken = default);

    /// <summary>Every user, by username.</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>How many users there are, disabled ones included: the host creates the first admin when there is none.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the fields of <paramref name="change"/> that are not null and the update time. Refuses with
    /// <see cref="UserWriteResult.LastAdmin"/>, writing nothing, when that would leave no active <c>admin</c>; the check
    /// and the write are one transaction that locks the active admins, so concurrent demotions cannot both pass it.
    /// </summary>
    Task<UserWriteResult> UpdateAsync(long id, UserChange change, CancellationToken cancellationToken = default);

    /// <summary>Records a successful login now; false when there is no such user.</summary>
    Task<bool> RecordLoginAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the user and its tokens. Refuses with <see cref="UserWriteResult.LastAdmin"/>, deleting nothing, when the
    /// user is the last active <c>admin</c>, under the same lock as <see cref="UpdateAsync"/>.
    /// </summary>
    Task<UserWriteResult> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
