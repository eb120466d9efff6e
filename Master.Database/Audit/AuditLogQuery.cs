namespace Master.Database.Audit;

/// <summary>Which audit entries to list: every filter that is set must match exactly; null means "any".</summary>
/// <param name="Actor">Only entries of this username.</param>
/// <param name="Action">Only entries of this action.</param>
/// <param name="Target">Only entries about the resource with this id.</param>
/// <param name="Since">Only entries at or after this instant.</param>
/// <param name="Limit">The page size, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="After">The <see cref="LogPage{T}.Next"/> cursor of the previous page, or null for the first page.</param>
public sealed record AuditLogQuery(
    string? Actor = null,
    string? Action = null,
    string? Target = null,
    DateTimeOffset? Since = null,
    int Limit = AuditLogQuery.DefaultLimit,
    LogCursor? After = null)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;
}
