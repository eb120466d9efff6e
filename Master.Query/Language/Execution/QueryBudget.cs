namespace Master.Query.Language.Execution;

/// <summary>The time a query may run; checked every few thousand rows, so the check costs nothing that shows.</summary>
internal sealed class QueryBudget(TimeProvider time, TimeSpan limit, CancellationToken cancellationToken)
{
    private const int RowsPerCheck = 4096;
    private readonly long _start = time.GetTimestamp();
    private int _rows;

    public TimeSpan Limit { get; } = limit;

    public TimeSpan Elapsed => time.GetElapsedTime(_start);

    /// <summary>Counts one row; now and then checks the clock and the caller's cancellation.</summary>
    public void Tick()
    {
        if (++_rows % RowsPerCheck == 0)
        {
            Check();
        }
    }

    public void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Elapsed > Limit)
        {
            throw new QueryBudgetExceededException();
        }
    }
}

/// <summary>Thrown inside a run when the budget is spent; the service turns it into a DSL3004 diagnostic.</summary>
internal sealed class QueryBudgetExceededException : Exception
{
    public QueryBudgetExceededException()
        : base("The query ran out of its time budget.")
    {
    }
}
