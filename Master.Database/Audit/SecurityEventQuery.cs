namespace Master.Database.Audit;

/// <summary>Which security events to list: every filter that is set must match exactly; null means "any".</summary>
/// <param name="Kind">Only events of this kind.</param>
/// <param name="Severity">Only events of this severity.</param>
/// <param name="Resolved">Only resolved events (true) or open ones (false).</param>
/// <param name="Username">Only events about this user.</param>
/// <param name="Since">Only events at or after this instant.</param>
/// <param name="Until">Only events before this instant.</param>
/// <param name="Limit">The page size, 1 to <see cref="AuditLogQuery.MaxLimit"/>.</param>
/// <param name="After">The <see cref="LogPage{T}.Next"/> cursor of the previous page, or null for the first page.</param>
public sealed record SecurityEventQuery(
    string? Kind = null,
    string? Severity = null,
    bool? Resolved = null,
    string? Username = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = AuditLogQuery.DefaultLimit,
    LogCursor? After = null);
