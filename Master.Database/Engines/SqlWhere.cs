using Dapper;

namespace Master.Database.Engines;

/// <summary>
/// Builds the WHERE clause of a listing from the filters that are set, each value a parameter. Column names come from
/// the repositories' code, never from input.
/// </summary>
internal sealed class SqlWhere(DatabaseEngine engine)
{
    private readonly List<string> _conditions = [];

    public DynamicParameters Parameters { get; } = new();

    /// <summary><c>WHERE</c> and the conditions joined by <c>AND</c> (with a leading space), or empty when none is set.</summary>
    public string Clause => _conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", _conditions);

    /// <summary>The column equals <paramref name="value"/>; nothing when the value is null ("any").</summary>
    public SqlWhere Equal(string column, object? value)
    {
        if (value is not null)
        {
            _conditions.Add($"{column} = @{column}");
            Parameters.Add(column, value);
        }

        return this;
    }

    /// <summary>
    /// The column is not null when <paramref name="present"/> is true, null when it is false; nothing when null ("any").
    /// </summary>
    public SqlWhere Present(string column, bool? present)
    {
        if (present is { } value)
        {
            _conditions.Add(value ? $"{column} IS NOT NULL" : $"{column} IS NULL");
        }

        return this;
    }

    /// <summary>The time column is at or after <paramref name="since"/>; nothing when null.</summary>
    public SqlWhere Since(string column, DateTimeOffset? since)
    {
        if (since is { } value)
        {
            _conditions.Add($"{column} >= @since");
            Parameters.Add("since", engine.Timestamp(value));
        }

        return this;
    }

    /// <summary>The time column is before <paramref name="until"/>; nothing when null.</summary>
    public SqlWhere Until(string column, DateTimeOffset? until)
    {
        if (until is { } value)
        {
            _conditions.Add($"{column} < @until");
            Parameters.Add("until", engine.Timestamp(value));
        }

        return this;
    }

    /// <summary>
    /// The keyset condition of a page ordered by time, then id, newest first: the rows after the last one of the
    /// previous page, whose time and id are <paramref name="afterTime"/> and <paramref name="afterId"/>; nothing when
    /// there is no previous page (null).
    /// </summary>
    public SqlWhere Before(string timeColumn, DateTimeOffset? afterTime, object? afterId)
    {
        if (afterTime is { } time && afterId is { } id)
        {
            _conditions.Add($"({timeColumn} < @afterTime OR ({timeColumn} = @afterTime AND id < @afterId))");
            Parameters.Add("afterTime", engine.Timestamp(time));
            Parameters.Add("afterId", id);
        }

        return this;
    }

    /// <summary>A condition the caller spells, whose parameters it adds to <see cref="Parameters"/> itself.</summary>
    public SqlWhere Condition(string condition)
    {
        _conditions.Add(condition);
        return this;
    }
}
