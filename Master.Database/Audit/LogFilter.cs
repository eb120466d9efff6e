using Dapper;

namespace Master.Database.Audit;

/// <summary>
/// The WHERE clause of a page of a <see cref="LogTable{T}"/>. Column names come from the repositories' constants; every
/// value is a parameter.
/// </summary>
/// <typeparam name="T">The record of a row.</typeparam>
internal sealed class LogFilter<T>(LogTable<T> table)
{
    private readonly List<string> _conditions = [];
    private readonly DynamicParameters _parameters = new();

    public LogFilter<T> Equal(string column, object? value)
    {
        if (value is not null)
        {
            _conditions.Add($"{column} = @{column}");
            _parameters.Add(column, value);
        }

        return this;
    }

    public LogFilter<T> Since(DateTimeOffset? since)
    {
        if (since is { } value)
        {
            _conditions.Add($"{table.TimeColumn} >= @since");
            _parameters.Add("since", table.Engine.Timestamp(value));
        }

        return this;
    }

    public LogFilter<T> After(LogCursor? cursor)
    {
        if (cursor is not null)
        {
            _conditions.Add($"({table.TimeColumn} < @afterTime OR ({table.TimeColumn} = @afterTime AND id < @afterId))");
            _parameters.Add("afterTime", table.Engine.Timestamp(cursor.OccurredAt));
            _parameters.Add("afterId", cursor.Id);
        }

        return this;
    }

    /// <summary>The rows the filter selects, newest first, at most <paramref name="limit"/>.</summary>
    public Task<LogPage<T>> PageAsync(int limit, CancellationToken cancellationToken) =>
        table.PageAsync(
            _conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", _conditions), _parameters, limit, cancellationToken);
}
