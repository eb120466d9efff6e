using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>
/// An append-only table read newest first (time, then id) one keyset page at a time: the audit log, the security events
/// and the alert history. Its repository names the columns and the mapping; appending and paging are the same for all.
/// </summary>
/// <typeparam name="T">The record of a row.</typeparam>
internal sealed class LogTable<T>
{
    /// <summary>
    /// The most rows one statement of <see cref="AppendManyAsync"/> inserts; rows times columns stays far below the
    /// lowest bind limit (SQLite's 32766).
    /// </summary>
    public const int AppendBatchSize = 500;

    private readonly IReadOnlyList<string> _columns;
    private readonly string _insert;
    private readonly BatchedUpsert _batch;
    private readonly string _select;
    private readonly string _count;
    private readonly Func<IDictionary<string, object?>, T> _map;
    private readonly Func<T, object?[]> _valuesOf;
    private readonly Func<T, LogCursor> _cursorOf;

    /// <param name="engine">The engine the table lives on.</param>
    /// <param name="table">The table's name.</param>
    /// <param name="columns">The columns an append writes (every one but <c>id</c>), in the order of <paramref name="valuesOf"/>.</param>
    /// <param name="timeColumn">The column that orders the log, newest first.</param>
    /// <param name="map">Reads a row.</param>
    /// <param name="valuesOf">The values of a record to append, one per column, as the engine stores them.</param>
    /// <param name="cursorOf">The position of a record in the order, for the next page.</param>
    public LogTable(
        DatabaseEngine engine, string table, IReadOnlyList<string> columns, string timeColumn,
        Func<IDictionary<string, object?>, T> map, Func<T, object?[]> valuesOf, Func<T, LogCursor> cursorOf)
    {
        Engine = engine;
        TimeColumn = timeColumn;
        _columns = columns;
        var names = string.Join(", ", columns);
        _insert = engine.InsertReturningId($"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})");
        _batch = BatchedUpsert.Insert(engine, table, columns, AppendBatchSize);
        _select = $"SELECT id, {names} FROM {table}";
        _count = $"SELECT COUNT(*) FROM {table}";
        _map = map;
        _valuesOf = valuesOf;
        _cursorOf = cursorOf;
    }

    public DatabaseEngine Engine { get; }

    public string TimeColumn { get; }

    /// <summary>Appends <paramref name="entry"/> (its id is ignored) and returns the new id.</summary>
    public Task<long> AppendAsync(T entry, CancellationToken cancellationToken)
    {
        var values = _valuesOf(entry);
        var parameters = new DynamicParameters();
        for (var i = 0; i < _columns.Count; i++)
        {
            parameters.Add(_columns[i], values[i]);
        }

        return Engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(new CommandDefinition(_insert, parameters, cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <summary>Appends every one of <paramref name="entries"/> in one transaction: all of them or, on an error, none.</summary>
    public async Task AppendManyAsync(IReadOnlyList<T> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        List<object?[]> rows = [.. entries.Select(_valuesOf)];
        await Engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                await _batch.WriteAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return rows.Count;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The row with <paramref name="id"/>, or null.</summary>
    public async Task<T?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await Engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(_select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return row is null ? default : _map(RowValues.Columns((object)row));
    }

    /// <summary>A filter that selects every row until conditions are added.</summary>
    public LogFilter<T> Filter() => new(this);

    /// <summary>How many rows <paramref name="where"/> selects.</summary>
    public Task<long> CountAsync(string where, DynamicParameters parameters, CancellationToken cancellationToken) =>
        Engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(new CommandDefinition(_count + where, parameters, cancellationToken: cancellationToken)),
            cancellationToken);

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
