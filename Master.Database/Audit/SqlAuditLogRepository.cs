using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>The audit log on the <c>audit_logs</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAuditLogRepository(DatabaseEngine engine) : IAuditLogRepository
{
    private const string Select = """
        SELECT id, occurred_at, user_id, username, action, resource_type, resource_id, cluster_id, success, remote_address, detail
        FROM audit_logs
        """;

    public async Task<long> AppendAsync(AuditLogRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var insert = engine.InsertReturningId("""
            INSERT INTO audit_logs
                (occurred_at, user_id, username, action, resource_type, resource_id, cluster_id, success, remote_address, detail)
            VALUES (@occurredAt, @userId, @username, @action, @resourceType, @resourceId, @clusterId, @success, @remoteAddress, @detail)
            """);
        var parameters = new
        {
            occurredAt = engine.Timestamp(entry.OccurredAt),
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
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<long>(
                new CommandDefinition(insert, parameters, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
        }
    }

    public Task<LogPage<AuditLogRecord>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new LogFilter(engine, "occurred_at")
            .Equal("username", query.Actor)
            .Equal("action", query.Action)
            .Equal("resource_id", query.Target)
            .Since(query.Since)
            .After(query.After)
            .PageAsync(Select, query.Limit, Map, static e => new LogCursor(e.OccurredAt, e.Id), cancellationToken);
    }

    private AuditLogRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        engine.ReadTimestamp(row["occurred_at"]!),
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
