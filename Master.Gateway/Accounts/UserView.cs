using Master.Database.Accounts;

namespace Master.Gateway.Accounts;

/// <summary>A user as the API shows it: never the password hash.</summary>
internal sealed record UserView(
    long Id,
    string Username,
    string DisplayName,
    string Email,
    string Role,
    string Status,
    DateTimeOffset? LastLoginAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static UserView From(UserRecord user) => new(
        user.Id, user.Username, user.DisplayName, user.Email, user.Role, user.IsActive ? UserStatus.Active : UserStatus.Disabled,
        user.LastLoginAt, user.CreatedAt, user.UpdatedAt);
}

/// <summary>The two statuses of a user.</summary>
internal static class UserStatus
{
    public const string Active = "active";
    public const string Disabled = "disabled";
}
