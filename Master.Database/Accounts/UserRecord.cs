namespace Master.Database.Accounts;

/// <summary>A user account. The password is never stored, only the hash the caller computed.</summary>
/// <param name="Id">The user id, assigned by the database.</param>
/// <param name="Username">The login name, unique across users (case-sensitive).</param>
/// <param name="DisplayName">A display name; empty when unset.</param>
/// <param name="Email">An email address for notifications; empty when unset.</param>
/// <param name="PasswordHash">The password hash the caller computed.</param>
/// <param name="Role">The user's role.</param>
/// <param name="IsActive">False once the user is disabled.</param>
/// <param name="LastLoginAt">The last successful login (UTC), or null.</param>
/// <param name="CreatedAt">When the user was created (UTC).</param>
/// <param name="UpdatedAt">When the row last changed (UTC).</param>
public sealed record UserRecord(
    long Id,
    string Username,
    string DisplayName,
    string Email,
    string PasswordHash,
    string Role,
    bool IsActive,
    DateTimeOffset? LastLoginAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
