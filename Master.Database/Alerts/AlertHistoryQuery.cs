using Master.Database.Audit;

namespace Master.Database.Alerts;

/// <summary>Which alert history to list: every filter that is set must match exactly; null means "any".</summary>
/// <param name="RuleId">Only firings of this rule.</param>
/// <param name="ClusterId">Only firings on this cluster.</param>
/// <param name="State">Only firings in this state.</param>
/// <param name="Since">Only firings that started at or after this instant.</param>
/// <param name="Limit">The page size, 1 to <see cref="AuditLogQuery.MaxLimit"/>.</param>
/// <param name="After">The <see cref="LogPage{T}.Next"/> cursor of the previous page, or null for the first page.</param>
public sealed record AlertHistoryQuery(
    long? RuleId = null,
    string? ClusterId = null,
    string? State = null,
    DateTimeOffset? Since = null,
    int Limit = AuditLogQuery.DefaultLimit,
    LogCursor? After = null);
