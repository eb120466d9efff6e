using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>The audit log on the <c>audit_logs</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAuditLogRepository : IAuditLogRepository
{
    private static readonly string[] Columns =
    [
        "occurred_at", "user_id", "username", "action", "resource_type", "resource_id", "cluster_id", "success", "remote_address",
        "detail", "role", "source", "method", "path", "status_code", "user_agent", "duration_ms",
    ];

    private readonly DatabaseEngine _engine;
    private readonly LogTable<AuditLogRecord> _log;

    public SqlAuditLogRepository(DatabaseEngine engine)
    {
        _engine = engine;
        _log = new LogTable<AuditLogRecord>(
            engine, "audit_logs", Columns, "occurred_at", Map, Values, static e => new LogCursor(e.OccurredAt, e.Id));
    }

    public Task<long> AppendAsync(AuditLogRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _log.AppendAsync(entry, cancellationToken);
    }

    public Task AppendManyAsync(IReadOnlyList<AuditLogRecord> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return _log.AppendManyAsync(entries, cancellationToken);
    }

    public Task<LogPage<AuditLogRecord>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filter(query).After(query.After).PageAsync(query.Limit, cancellationToken);
    }

    public Task<long> CountAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filter(query).CountAsync(cancellationToken);
    }

    private LogFilter<AuditLogRecord> Filter(AuditLogQuery query) => _log.Filter()
        .Equal("username", query.Actor)
        .Equal("action", query.Action)
        .Equal("success", query.Success)
        .Since(query.Since)
        .Until(query.Until);

    private object?[] Values(AuditLogRecord entry) =>
    [
        _engine.Timestamp(entry.OccurredAt),
        entry.UserId,
        entry.Username,
        entry.Action,
        entry.ResourceType,
        entry.ResourceId,
        entry.ClusterId,
        entry.Success,
        entry.RemoteAddress,
        entry.Detail,
        entry.Role,
        entry.Source,
        entry.Method,
        entry.Path,
        entry.StatusCode,
        entry.UserAgent,
        entry.DurationMs,
    ];

    private AuditLogRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        _engine.ReadTimestamp(row["occurred_at"]!),
        RowValues.NullableInt64(row, "user_id"),
        RowValues.Text(row, "username"),
        RowValues.Text(row, "action"),
        RowValues.Text(row, "resource_type"),
        RowValues.Text(row, "resource_id"),
        RowValues.NullableText(row, "cluster_id"),
        RowValues.Boolean(row, "success"),
        RowValues.NullableText(row, "remote_address"),
        RowValues.NullableText(row, "detail"),
        RowValues.Text(row, "role"),
        RowValues.Text(row, "source"),
        RowValues.Text(row, "method"),
        RowValues.Text(row, "path"),
        RowValues.Int32(row, "status_code"),
        RowValues.NullableText(row, "user_agent"),
        RowValues.Int64(row, "duration_ms"));
}
