using Master.DataHub.Snapshots;
using Master.Query.Language.Schema;

namespace Master.Query.Language.Execution;

/// <summary>Runs a plan over the snapshots of the clusters it selected.</summary>
internal static class QueryRunner
{
    private static readonly ClusterSnapshot NoSnapshot = new();

    /// <summary>Runs <paramref name="plan"/>; the clusters come in id order and each is read at one snapshot version.</summary>
    public static RunResult Run(QueryPlan plan, IReadOnlyList<ClusterInput> clusters, DateTimeOffset now, QueryBudget budget)
    {
        var nowSeconds = now.ToUnixTimeMilliseconds() / 1000.0;
        var steps = plan.Steps;
        // The matchers and the where() stages before anything else run in one pass over the snapshots.
        var leading = steps.TakeWhile(step => step is FilterStep).Cast<FilterStep>().ToList();
        var filters = plan.Source.Concat(leading.Select(step => step.Condition)).ToArray();
        var rows = Scan(plan.Kind, clusters, filters, nowSeconds, budget);

        var table = new RowScope(string.Empty, string.Empty, NoSnapshot, nowSeconds);
        var total = rows.Count;
        var truncated = false;
        int? sortedFrom = null;
        for (var i = leading.Count; i < steps.Count; i++)
        {
            switch (steps[i])
            {
                case FilterStep filter:
                    rows = rows.FindAll(row => filter.Condition(row));
                    break;
                case SortStep sort:
                    var take = i + 1 < steps.Count && steps[i + 1] is LimitStep next ? next.Count : (int?)null;
                    sortedFrom = take is null ? null : rows.Count;
                    rows = RowSorter.Sort(rows, sort, take, budget);
                    break;
                case LimitStep limit:
                    // A sort followed by a limit has selected the first rows already: the total is the count before it.
                    total = sortedFrom ?? rows.Count;
                    truncated = limit.IsCap && total > limit.Count;
                    rows = rows.Count > limit.Count ? rows.GetRange(0, limit.Count) : rows;
                    sortedFrom = null;
                    break;
                case ProjectStep project:
                    rows = Project(rows, project, table, budget);
                    break;
                case AggregateStep aggregate:
                    rows = Aggregator.Aggregate(rows, aggregate, table, budget);
                    break;
                case DistinctStep distinct:
                    rows = Aggregator.Distinct(rows, distinct, table, budget);
                    break;
            }

            budget.Check();
        }

        return new RunResult(rows, total, truncated);
    }

    private static List<Row> Scan(KindSchema kind, IReadOnlyList<ClusterInput> clusters, Func<Row, bool>[] filters, double now, QueryBudget budget)
    {
        var rows = new List<Row>();
        foreach (var cluster in clusters)
        {
            if (cluster.Snapshot is not { } stored)
            {
                continue;
            }

            var scope = new RowScope(cluster.Id, cluster.Name, stored.Snapshot, now);
            var items = kind.Items(stored.Snapshot);
            for (var i = 0; i < items.Count; i++)
            {
                var row = new Row(scope, items[i]);
                if (Passes(row, filters))
                {
                    rows.Add(row);
                }

                budget.Tick();
            }
        }

        return rows;
    }

    private static bool Passes(Row row, Func<Row, bool>[] filters)
    {
        foreach (var filter in filters)
        {
            if (!filter(row))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Row> Project(List<Row> rows, ProjectStep project, RowScope table, QueryBudget budget)
    {
        var cells = project.Columns.Select(column => column.Boxed()).ToArray();
        var projected = new List<Row>(rows.Count);
        foreach (var row in rows)
        {
            var values = new object?[cells.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                values[c] = cells[c](row);
            }

            projected.Add(new Row(table, values));
            budget.Tick();
        }

        return projected;
    }
}

/// <summary>The rows of a run, each holding its cells (<c>object?[]</c>), and how many there were before the last limit.</summary>
internal sealed record RunResult(List<Row> Rows, int Total, bool Truncated);
