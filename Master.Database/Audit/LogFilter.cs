using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Audit;

/// <summary>
/// The WHERE clause and paging of a newest-first log table. Column names come from the repositories' constants; every
/// value is a parameter.
/// </summary>
internal sealed class LogFilter(DatabaseEngine engine, string timeColumn)
{
    private readonly List<string> _conditions = [];
    private readonly DynamicParameters _parameters = new();

    public LogFilter Equal(string column, object? value)
    {
        if (value is not null)
        {
            _conditions.Add($"{column} = @{column}");
            _parameters.Add(column, value);
        }

        return this;
    }

    public LogFilter Since(DateTimeOffset? since)
    {
        if (since is { } value)
        {
            _conditions.Add($"{timeColumn} >= @since");
            _parameters.Add("since", engine.Timestamp(value));
        }

        return this;
    }

    public LogFilter After(LogCursor? cursor)
    {
        if (cursor is not null)
        {
            _conditions.Add($"({timeColumn} < @afterTime OR ({timeColumn} = @afterTime AND id < @afterId))");
            _parameters.Add("afterTime", engine.Timestamp(cursor.OccurredAt));
            _parameters.Add("afterId", cursor.Id);
        }

        return this;
    }

    /// <summary>Runs <paramref name="select"/> with the filter and returns a page of at most <paramref name="limit"/>.</summary>
    public async Task<LogPage<T>> PageAsync<T>(
        string select,
        int limit,
        Func<IDictionary<string, object?>, T> map,
        Func<T, LogCursor> cursorOf,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, AuditLogQuery.MaxLimit);
        _parameters.Add("limit", limit + 1);
        var where = _conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", _conditions);
        var sql = $"{select}{where} ORDER BY {timeColumn} DESC, id DESC LIMIT @limit";
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(new CommandDefinition(sql, _parameters, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            List<T> items = [.. rows.Select(row => map(RowValues.Columns((object)row)))];

            // One row more than the page says whether another page follows, without a second query.
            if (items.Count <= limit)
            {
                return new LogPage<T>(items, null);
            }

            items.RemoveAt(items.Count - 1);
            return new LogPage<T>(items, cursorOf(items[^1]));
        }
    }
}
