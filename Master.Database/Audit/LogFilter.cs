using Master.Database.Engines;

namespace Master.Database.Audit;

/// <summary>The WHERE clause of a page of a <see cref="LogTable{T}"/>, on its time column.</summary>
/// <typeparam name="T">The record of a row.</typeparam>
internal sealed class LogFilter<T>(LogTable<T> table)
{
    private readonly SqlWhere _where = new(table.Engine);

    public LogFilter<T> Equal(string column, object? value)
    {
        _where.Equal(column, value);
        return this;
    }

    public LogFilter<T> Since(DateTimeOffset? since)
    {
        _where.Since(table.TimeColumn, since);
        return this;
    }

    public LogFilter<T> Until(DateTimeOffset? until)
    {
        _where.Until(table.TimeColumn, until);
        return this;
    }

    public LogFilter<T> Present(string column, bool? present)
    {
        _where.Present(column, present);
        return this;
    }

    public LogFilter<T> After(LogCursor? cursor)
    {
        _where.Before(table.TimeColumn, cursor?.OccurredAt, cursor?.Id);
        return this;
    }

    /// <summary>How many rows the filter selects.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        table.CountAsync(_where.Clause, _where.Parameters, cancellationToken);

    /// <summary>The rows the filter selects, newest first, at most <paramref name="limit"/>.</summary>
    public Task<LogPage<T>> PageAsync(int limit, CancellationToken cancellationToken) =>
        table.PageAsync(_where.Clause, _where.Parameters, limit, cancellationToken);
}
