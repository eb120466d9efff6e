namespace Master.Query;

/// <summary>What running a query gave: a result, or the errors that stopped it.</summary>
/// <param name="Result">The result; null when the query failed.</param>
/// <param name="Errors">Why the query failed: the first syntax error, or every binder error, or a runtime error.</param>
public sealed record QueryOutcome(QueryResult? Result, IReadOnlyList<QueryDiagnostic> Errors)
{
    public static QueryOutcome Success(QueryResult result) => new(result, []);

    public static QueryOutcome Failure(IReadOnlyList<QueryDiagnostic> errors) => new(null, errors);
}
