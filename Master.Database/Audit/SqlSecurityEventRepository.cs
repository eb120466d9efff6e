using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>The security event log on the <c>security_events</c> table, the same SQL on every engine.</summary>
internal sealed class SqlSecurityEventRepository : ISecurityEventRepository
{
    private const string Insert = """
        INSERT INTO security_events (occurred_at, kind, severity, username, remote_address, detail)
        VALUES (@occurredAt, @kind, @severity, @username, @remoteAddress, @detail)
        """;

    private const string Select = "SELECT id, occurred_at, kind, severity, username, remote_address, detail FROM security_events";

    private readonly DatabaseEngine _engine;
    private readonly LogTable<SecurityEventRecord> _log;

    public SqlSecurityEventRepository(DatabaseEngine engine)
    {
        _engine = engine;
        _log = new LogTable<SecurityEventRecord>(engine, Insert, Select, "occurred_at", Map, static e => new LogCursor(e.OccurredAt, e.Id));
    }

    public async Task<long> AppendAsync(SecurityEventRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parameters = new
        {
            occurredAt = _engine.Timestamp(entry.OccurredAt),
            kind = entry.Kind,
            severity = entry.Severity,
            username = entry.Username,
            remoteAddress = entry.RemoteAddress,
            detail = entry.Detail,
        };
        return await _log.AppendAsync(parameters, cancellationToken).ConfigureAwait(false);
    }

    public Task<LogPage<SecurityEventRecord>> ListAsync(SecurityEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _log.Filter()
            .Equal("kind", query.Kind)
            .Equal("severity", query.Severity)
            .Equal("username", query.Username)
            .Since(query.Since)
            .After(query.After)
            .PageAsync(query.Limit, cancellationToken);
    }

    private SecurityEventRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        _engine.ReadTimestamp(row["occurred_at"]!),
        RowValues.Text(row, "kind"),
        RowValues.Text(row, "severity"),
        RowValues.NullableText(row, "username"),
        RowValues.NullableText(row, "remote_address"),
        RowValues.NullableText(row, "detail"));
}
