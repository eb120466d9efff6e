using Master.Query.Language.Binding;
using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Execution;

/// <summary>One step of a bound query's pipeline; the rows are objects of the kind until a step makes a table.</summary>
internal abstract record PlanStep;

/// <summary><c>where</c>: keeps the rows the condition holds for.</summary>
internal sealed record FilterStep(Func<Row, bool> Condition) : PlanStep;

/// <summary>A sort key: a scalar text, number or bool, ascending unless <see cref="Descending"/>.</summary>
internal sealed record SortSpec(Bound Key, bool Descending);

/// <summary>
/// <c>sort</c>, <c>top</c> and the default order: stable, nulls last, then by <see cref="TieBreak"/> (cluster, namespace,
/// name) so that equal keys come in the same order every time.
/// </summary>
internal sealed record SortStep(IReadOnlyList<SortSpec> Keys, IReadOnlyList<Bound> TieBreak) : PlanStep;

/// <summary><c>limit</c>, <c>top</c>, or the default row cap when <see cref="IsCap"/>.</summary>
internal sealed record LimitStep(int Count, bool IsCap) : PlanStep;

/// <summary><c>select</c> and the default columns: one table cell per expression.</summary>
internal sealed record ProjectStep(IReadOnlyList<Bound> Columns) : PlanStep;

/// <summary>An aggregate in a result.</summary>
internal sealed record AggregateSpec(AggregateFunction Function, Bound? Argument);

/// <summary><c>groupBy(...)</c> with its aggregates, or aggregates over all rows when <see cref="Keys"/> is empty.</summary>
internal sealed record AggregateStep(IReadOnlyList<Bound> Keys, IReadOnlyList<AggregateSpec> Aggregates) : PlanStep;

/// <summary><c>distinct</c>: the unique key tuples, in the order they first occur.</summary>
internal sealed record DistinctStep(IReadOnlyList<Bound> Keys) : PlanStep;

/// <summary>A bound query, ready to run any number of times: it holds no data and no clock.</summary>
/// <param name="Kind">The kind read.</param>
/// <param name="Clusters">The cluster matchers, AND-ed; none means every cluster.</param>
/// <param name="Source">The object filters of the matchers, namespace first.</param>
/// <param name="Steps">The pipeline, ending in a table.</param>
/// <param name="Columns">The result's columns.</param>
/// <param name="ResultKind"><c>rows</c>, <c>scalar</c> or <c>groups</c>.</param>
/// <param name="Warnings">What binding found worth saying.</param>
internal sealed record QueryPlan(
    KindSchema Kind,
    IReadOnlyList<ClusterMatcher> Clusters,
    IReadOnlyList<Func<Row, bool>> Source,
    IReadOnlyList<PlanStep> Steps,
    IReadOnlyList<TableColumn> Columns,
    string ResultKind,
    IReadOnlyList<QueryWarning> Warnings);
