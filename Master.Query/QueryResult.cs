namespace Master.Query;

/// <summary>The answer to a query (query-dsl.md, Results).</summary>
/// <param name="Kind"><c>rows</c>, <c>scalar</c> or <c>groups</c>.</param>
/// <param name="Columns">The columns, in the order of every row's values.</param>
/// <param name="Rows">
/// The rows. A value is null, a <see cref="string"/>, a <see cref="bool"/>, a <see cref="long"/> (int columns), a
/// <see cref="double"/> (every other numeric column, in its base unit), a <see cref="DateTimeOffset"/> (time columns),
/// a list of those (list columns) or a string map (map columns).
/// </param>
/// <param name="Total">How many rows there were before the row cap or <c>limit</c> cut them.</param>
/// <param name="Truncated">True when the default row cap cut rows that <c>limit</c> did not ask to cut.</param>
/// <param name="Warnings">What the caller should know about the answer: offline clusters, suspicious values, ...</param>
/// <param name="TookMs">How long the query took, in milliseconds.</param>
public sealed record QueryResult(
    string Kind,
    IReadOnlyList<QueryColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    int Total,
    bool Truncated,
    IReadOnlyList<QueryWarning> Warnings,
    double TookMs);

/// <summary>A result column.</summary>
/// <param name="Name">The field name, the alias, or the aggregate's default alias.</param>
/// <param name="Type">
/// <c>string</c>, <c>enum</c>, <c>bool</c>, <c>int</c>, <c>number</c>, <c>cpu</c>, <c>memory</c>, <c>duration</c>,
/// <c>percent</c>, <c>time</c> or <c>map</c>; a list column has <c>[]</c> after its element type (<c>string[]</c>).
/// </param>
/// <param name="Unit">The base unit of a quantity column (<c>millicores</c>, <c>bytes</c>, <c>seconds</c>, <c>ratio</c>); null otherwise.</param>
public sealed record QueryColumn(string Name, string Type, string? Unit);

/// <summary>A warning attached to a result.</summary>
/// <param name="Cluster">The cluster it is about; null when it is about the query.</param>
/// <param name="Code">The DSL code (DSL2xxx about the query, DSL3xxx about a cluster).</param>
/// <param name="Message">What to know, in one sentence.</param>
public sealed record QueryWarning(string? Cluster, string Code, string Message);
