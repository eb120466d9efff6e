using Dapper;
using Master.Database.Audit;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Alerts;

/// <summary>Alert firings on the <c>alert_history</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAlertHistoryRepository : IAlertHistoryRepository
{
    private static readonly string[] Columns =
        ["rule_id", "rule_name", "cluster_id", "severity", "state", "message", "observed_value", "started_at", "resolved_at", "notified"];

    private readonly DatabaseEngine _engine;
    private readonly LogTable<AlertHistoryRecord> _log;

    public SqlAlertHistoryRepository(DatabaseEngine engine)
    {
        _engine = engine;
        _log = new LogTable<AlertHistoryRecord>(
            engine, "alert_history", Columns, "started_at", Map, Values, static e => new LogCursor(e.StartedAt, e.Id));
    }

    public Task<long> AppendAsync(AlertHistoryRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _log.AppendAsync(entry, cancellationToken);
    }

    public Task<bool> ResolveAsync(long id, DateTimeOffset resolvedAt, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            "state = 'resolved', resolved_at = @resolvedAt", new { id, resolvedAt = _engine.Timestamp(resolvedAt) }, cancellationToken);

    public Task<bool> MarkNotifiedAsync(long id, CancellationToken cancellationToken = default) =>
        UpdateAsync("notified = @notified", new { id, notified = true }, cancellationToken);

    public Task<LogPage<AlertHistoryRecord>> ListAsync(AlertHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _log.Filter()
            .Equal("rule_id", query.RuleId)
            .Equal("cluster_id", query.ClusterId)
            .Equal("state", query.State)
            .Since(query.Since)
            .After(query.After)
            .PageAsync(query.Limit, cancellationToken);
    }

    /// <summary>Runs an update whose <paramref name="assignments"/> are constants of this class.</summary>
    private async Task<bool> UpdateAsync(string assignments, object parameters, CancellationToken cancellationToken) =>
        await _engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                $"UPDATE alert_history SET {assignments} WHERE id = @id", parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;

    private object?[] Values(AlertHistoryRecord entry) =>
    [
        entry.RuleId,
        entry.RuleName,
        entry.ClusterId,
        entry.Severity,
        entry.State,
        entry.Message,
        entry.ObservedValue,
        _engine.Timestamp(entry.StartedAt),
        entry.ResolvedAt is { } resolved ? _engine.Timestamp(resolved) : null,
        entry.Notified,
    ];

    private AlertHistoryRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.NullableInt64(row, "rule_id"),
        RowValues.Text(row, "rule_name"),
        RowValues.NullableText(row, "cluster_id"),
        RowValues.Text(row, "severity"),
        RowValues.Text(row, "state"),
        RowValues.NullableText(row, "message"),
        RowValues.NullableText(row, "observed_value"),
        _engine.ReadTimestamp(row["started_at"]!),
        row["resolved_at"] is { } resolved ? _engine.ReadTimestamp(resolved) : null,
        RowValues.Boolean(row, "notified"));
}
