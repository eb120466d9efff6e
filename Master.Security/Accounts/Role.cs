namespace Master.Security.Accounts;

/// <summary>
/// What a user may do, each role including the ones below it (gateway-api.md, "Roles"). Stored and sent as the
/// lower-case name.
/// </summary>
public enum Role
{
    /// <summary>Reads everything but secrets and admin data.</summary>
    Viewer = 1,

    /// <summary>A viewer who also runs commands and edits configurations, alert rules and notify channels.</summary>
    Operator = 2,

    /// <summary>Everything, including users, the audit trail, security events and settings.</summary>
    Admin = 3,
}
