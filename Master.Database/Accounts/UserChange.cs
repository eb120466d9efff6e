namespace Master.Database.Accounts;

/// <summary>
/// The fields of a user that <see cref="IUserRepository.UpdateAsync"/> sets; a null field keeps its value, so one write
/// carries whatever an edit touched.
/// </summary>
/// <param name="Role">The new role, or null to keep it.</param>
/// <param name="IsActive">False disables the user (the row stays for the audit trail), true enables it; null keeps it.</param>
/// <param name="DisplayName">The new display name, or null to keep it.</param>
/// <param name="Email">The new email address, or null to keep it.</param>
/// <param name="PasswordHash">The new password hash (the caller hashes), or null to keep it.</param>
public sealed record UserChange(
    string? Role = null,
    bool? IsActive = null,
    string? DisplayName = null,
    string? Email = null,
    string? PasswordHash = null);
