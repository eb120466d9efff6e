using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>
/// An append-only table read newest first (time, then id) one keyset page at a time: the audit log, the security events
/// and the alert history. Its repository names the SQL and the mapping; appending and paging are the same for all.
/// </summary>
/// <typeparam name="T">The record of a row.</typeparam>
internal sealed class LogTable<T>
{
    private readonly string _insert;
    private readonly string _select;
    private readonly Func<IDictionary<string, object?>, T> _map;
    private readonly Func<T, LogCursor> _cursorOf;

    /// <param name="engine">The engine the table lives on.</param>
    /// <param name="insert">The <c>INSERT</c> of one row; the engine makes it return the new id.</param>
    /// <param name="select">The <c>SELECT ... FROM</c> that <see cref="LogFilter{T}"/> completes.</param>
    /// <param name="timeColumn">The column that orders the log, newest first.</param>
    /// <param name="map">Reads a row.</param>
    /// <param name="cursorOf">The position of a record in the order, for the next page.</param>
    public LogTable(
        DatabaseEngine engine, string insert, string select, string timeColumn, Func<IDictionary<string, object?>, T> map,
        Func<T, LogCursor> cursorOf)
    {
        Engine = engine;
        TimeColumn = timeColumn;
        _insert = engine.InsertReturningId(insert);
        _select = select;
        _map = map;
        _cursorOf = cursorOf;
    }

    public DatabaseEngine Engine { get; }

    public string TimeColumn { get; }

    /// <summary>Appends a row with <paramref name="parameters"/> bound to the insert; returns its new id.</summary>
    public Task<long> AppendAsync(object parameters, CancellationToken cancellationToken) =>
        Engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(new CommandDefinition(_insert, parameters, cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>A filter that selects every row until conditions are added.</summary>
    public LogFilter<T> Filter() => new(this);

    /// <summary>Runs the select with <paramref name="where"/> and returns a page of at most <paramref name="limit"/>.</summary>
    public async Task<LogPage<T>> PageAsync(string where, DynamicParameters parameters, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, AuditLogQuery.MaxLimit);
        parameters.Add("limit", limit + 1);
        var sql = $"{_select}{where} ORDER BY {TimeColumn} DESC, id DESC LIMIT @limit";
        var rows = await Engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        List<T> items = [.. rows.Select(row => _map(RowValues.Columns((object)row)))];

        // One row more than the page says whether another page follows, without a second query.
        if (items.Count <= limit)
        {
            return new LogPage<T>(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new LogPage<T>(items, _cursorOf(items[^1]));
    }
}
