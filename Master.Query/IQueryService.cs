namespace Master.Query;

/// <summary>Runs query DSL text (query-dsl.md) over the latest snapshot of every cluster.</summary>
public interface IQueryService
{
    /// <summary>
    /// Parses, binds and runs <paramref name="text"/>. A query that cannot be parsed or bound, or that exceeds its time
    /// budget, gives diagnostics and no result; it never throws for anything the text says.
    /// </summary>
    ValueTask<QueryOutcome> RunAsync(string text, CancellationToken cancellationToken = default);
}
