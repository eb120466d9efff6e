using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>The security event log on the <c>security_events</c> table, the same SQL on every engine.</summary>
internal sealed class SqlSecurityEventRepository(DatabaseEngine engine) : ISecurityEventRepository
{
    private const string Select = "SELECT id, occurred_at, kind, severity, username, remote_address, detail FROM security_events";

    public async Task<long> AppendAsync(SecurityEventRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var insert = engine.InsertReturningId("""
            INSERT INTO security_events (occurred_at, kind, severity, username, remote_address, detail)
            VALUES (@occurredAt, @kind, @severity, @username, @remoteAddress, @detail)
            """);
        var parameters = new
        {
            occurredAt = engine.Timestamp(entry.OccurredAt),
            kind = entry.Kind,
            severity = entry.Severity,
            username = entry.Username,
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

    public Task<LogPage<SecurityEventRecord>> ListAsync(SecurityEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new LogFilter(engine, "occurred_at")
            .Equal("kind", query.Kind)
            .Equal("severity", query.Severity)
            .Equal("username", query.Username)
            .Since(query.Since)
            .After(query.After)
            .PageAsync(Select, query.Limit, Map, static e => new LogCursor(e.OccurredAt, e.Id), cancellationToken);
    }

    private SecurityEventRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        engine.ReadTimestamp(row["occurred_at"]!),
        RowValues.Text(row, "kind"),
        RowValues.Text(row, "severity"),
        RowValues.NullableText(row, "username"),
        RowValues.NullableText(row, "remote_address"),
        RowValues.NullableText(row, "detail"));
}
