using Master.Gateway.Json;
using Master.Security.Accounts;
using Master.Security.Passwords;

namespace Master.Gateway.Accounts;

/// <summary>Reads and checks the user members shared by creating and changing a user.</summary>
internal static class UserFields
{
    public const int MaxDisplayNameLength = 100;
    public const int MaxEmailLength = 254;

    public static string? Username(JsonFields fields)
    {
        var username = fields.Text("username", 64, required: true);
        if (username is not null && !System.Text.RegularExpressions.Regex.IsMatch(username, Usernames.Pattern))
        {
            fields.Problem("username", "expected 1 to 64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit");
            return null;
        }

        return username;
    }

    public static string? Password(JsonFields fields, bool required)
    {
        var password = fields.Text("password", 4096, required, allowEmpty: true);
        if (password is not null && PasswordPolicy.Problem(password) is { } problem)
        {
            fields.Problem("password", problem);
            return null;
        }

        return password;
    }

    public static Role? Role(JsonFields fields, bool required)
    {
        return RoleNames.TryParse(fields.Choice("role", RoleNames.All, required), out var role) ? role : null;
    }

    public static string? DisplayName(JsonFields fields) => fields.Text("displayName", MaxDisplayNameLength, allowEmpty: true);

    public static string? Email(JsonFields fields)
    {
        var email = fields.Text("email", MaxEmailLength, allowEmpty: true);
        if (email is { Length: > 0 } && (email.Count(c => c == '@') != 1 || email.StartsWith('@') || email.EndsWith('@') || email.Any(char.IsWhiteSpace)))
        {
            fields.Problem("email", "expected an address such as ops@example.com, or an empty string");
            return null;
        }

        return email;
    }
}
