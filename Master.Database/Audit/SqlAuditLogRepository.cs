using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>The audit log on the <c>audit_logs</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAuditLogRepository : IAuditLogRepository
{
    private const string Insert = """
        INSERT INTO audit_logs
            (occurred_at, user_id, username, action, resource_type, resource_id, cluster_id, success, remote_address, detail)
        VALUES (@occurredAt, @userId, @username, @action, @resourceType, @resourceId, @clusterId, @success, @remoteAddress, @detail)
        """;

    private const string Select = """
        SELECT id, occurred_at, user_id, username, action, resource_type, resource_id, cluster_id, success, remote_address, detail
        FROM audit_logs
        """;

    private readonly DatabaseEngine _engine;
    private readonly LogTable<AuditLogRecord> _log;

    public SqlAuditLogRepository(DatabaseEngine engine)
    {
        _engine = engine;
        _log = new LogTable<AuditLogRecord>(engine, Insert, Select, "occurred_at", Map, static e => new LogCursor(e.OccurredAt, e.Id));
    }

    public async Task<long> AppendAsync(AuditLogRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parameters = new
        {
            occurredAt = _engine.Timestamp(entry.OccurredAt),
            userId = entry.UserId,
            username = entry.Username,
            action = entry.Action,
            resourceType = entry.ResourceType,
            resourceId = entry.ResourceId,
            clusterId = entry.ClusterId,
            success = entry.Success,
            remoteAddress = entry.RemoteAddress,
            detail = entry.Detail,
        };
        return await _log.AppendAsync(parameters, cancellationToken).ConfigureAwait(false);
    }

    public Task<LogPage<AuditLogRecord>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _log.Filter()
            .Equal("username", query.Actor)
            .Equal("action", query.Action)
            .Equal("resource_id", query.Target)
            .Since(query.Since)
            .After(query.After)
            .PageAsync(query.Limit, cancellationToken);
    }

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
        RowValues.NullableText(row, "detail"));
}
