using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>The security event log on the <c>security_events</c> table, the same SQL on every engine.</summary>
internal sealed class SqlSecurityEventRepository : ISecurityEventRepository
{
    private static readonly string[] Columns =
        ["occurred_at", "kind", "severity", "username", "remote_address", "detail", "resolved_at", "resolved_by"];

    private readonly DatabaseEngine _engine;
    private readonly LogTable<SecurityEventRecord> _log;

    public SqlSecurityEventRepository(DatabaseEngine engine)
    {
        _engine = engine;
        _log = new LogTable<SecurityEventRecord>(
            engine, "security_events", Columns, "occurred_at", Map, Values, static e => new LogCursor(e.OccurredAt, e.Id));
    }

    public Task<long> AppendAsync(SecurityEventRecord entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _log.AppendAsync(entry, cancellationToken);
    }

    public Task AppendManyAsync(IReadOnlyList<SecurityEventRecord> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return _log.AppendManyAsync(entries, cancellationToken);
    }

    public Task<SecurityEventRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        _log.GetAsync(id, cancellationToken);

    public async Task<bool> ResolveAsync(long id, string resolvedBy, DateTimeOffset resolvedAt, CancellationToken cancellationToken = default)
    {
        var parameters = new { id, resolvedBy, resolvedAt = _engine.Timestamp(resolvedAt) };
        var resolved = await _engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                "UPDATE security_events SET resolved_at = @resolvedAt, resolved_by = @resolvedBy WHERE id = @id AND resolved_at IS NULL",
                parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);

        // Nothing updated: either there is no such event or it was resolved before, which a resolution never undoes.
        return resolved > 0 || await _log.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null;
    }

    public Task<LogPage<SecurityEventRecord>> ListAsync(SecurityEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filter(query).After(query.After).PageAsync(query.Limit, cancellationToken);
    }

    public Task<long> CountAsync(SecurityEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filter(query).CountAsync(cancellationToken);
    }

    private LogFilter<SecurityEventRecord> Filter(SecurityEventQuery query) => _log.Filter()
        .Equal("kind", query.Kind)
        .Equal("severity", query.Severity)
        .Present("resolved_at", query.Resolved)
        .Equal("username", query.Username)
        .Since(query.Since)
        .Until(query.Until);

    private object?[] Values(SecurityEventRecord entry) =>
    [
        _engine.Timestamp(entry.OccurredAt),
        entry.Kind,
        entry.Severity,
        entry.Username,
        entry.RemoteAddress,
        entry.Detail,
        entry.ResolvedAt is { } resolved ? _engine.Timestamp(resolved) : null,
        entry.ResolvedBy,
    ];

    private SecurityEventRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        _engine.ReadTimestamp(row["occurred_at"]!),
        RowValues.Text(row, "kind"),
        RowValues.Text(row, "severity"),
        RowValues.NullableText(row, "username"),
        RowValues.NullableText(row, "remote_address"),
        RowValues.NullableText(row, "detail"),
        row["resolved_at"] is { } resolved ? _engine.ReadTimestamp(resolved) : null,
        RowValues.NullableText(row, "resolved_by"));
}
