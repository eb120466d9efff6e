namespace Master.Database.Audit;

/// <summary>Which audit entries to list: every filter that is set must match exactly; null means "any".</summary>
/// <param name="Actor">Only entries of this username.</param>
/// <param name="Action">Only entries of this action.</param>
/// <param name="Success">Only entries that succeeded (true) or failed (false).</param>
/// <param name="Since">Only entries at or after this instant.</param>
/// <param name="Until">Only entries before this instant, so that consecutive ranges neither overlap nor leave gaps.</param>
/// <param name="Limit">The page size, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="After">The <see cref="LogPage{T}.Next"/> cursor of the previous page, or null for the first page.</param>
public sealed record AuditLogQuery(
    string? Actor = null,
    string? Action = null,
    bool? Success = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = AuditLogQuery.DefaultLimit,
    LogCursor? After = null)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;
}
