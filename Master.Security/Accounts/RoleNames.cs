namespace Master.Security.Accounts;

/// <summary>The wire and storage names of <see cref="Role"/>: <c>viewer</c>, <c>operator</c>, <c>admin</c>.</summary>
public static class RoleNames
{
    /// <summary>Every name, lowest role first, for error messages.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<Role>().Select(ToName)];

    public static string ToName(this Role role) => role switch
    {
        Role.Viewer => "viewer",
        Role.Operator => "operator",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    /// <summary>Reads a name exactly as <see cref="ToName"/> writes it.</summary>
    public static bool TryParse(string? name, out Role role)
    {
        role = name switch
        {
            "viewer" => Role.Viewer,
            "operator" => Role.Operator,
            "admin" => Role.Admin,
            _ => default,
        };
        return role != default;
    }
}
