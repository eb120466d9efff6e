using Master.Database.Audit;

namespace Master.Database.Alerts;

/// <summary>Alert firings on the <c>alert_history</c> table.</summary>
public interface IAlertHistoryRepository
{
    /// <summary>Appends a firing (its id is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(AlertHistoryRecord entry, CancellationToken cancellationToken = default);

    /// <summary>Marks the firing resolved at <paramref name="resolvedAt"/>; false when there is no such firing.</summary>
    Task<bool> ResolveAsync(long id, DateTimeOffset resolvedAt, CancellationToken cancellationToken = default);

    /// <summary>Records that the firing's channels were notified; false when there is no such firing.</summary>
    Task<bool> MarkNotifiedAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>One page of the firings <paramref name="query"/> selects, newest first (start time, then id).</summary>
    Task<LogPage<AlertHistoryRecord>> ListAsync(AlertHistoryQuery query, CancellationToken cancellationToken = default);
}
