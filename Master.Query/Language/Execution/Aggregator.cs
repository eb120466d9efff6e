using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Execution;

/// <summary>
/// <c>groupBy</c> + aggregates and <c>distinct</c>. Groups come in the order their first row came; aggregates skip nulls as
/// SQL's do, and an aggregate over no values is null (count is 0).
/// </summary>
internal static class Aggregator
{
    public static List<Row> Aggregate(List<Row> rows, AggregateStep step, RowScope table, QueryBudget budget)
    {
        var keys = step.Keys.Select(key => key.Boxed()).ToArray();
        var arguments = step.Aggregates.Select(aggregate => aggregate.Argument?.Number).ToArray();
        var groups = new Dictionary<object?[], Accumulator[]>(CellsComparer.Instance);
        var order = new List<object?[]>();
        var probe = new object?[keys.Length];
        if (keys.Length == 0)
        {
            groups[probe] = NewAccumulators(step);
            order.Add(probe);
        }

        foreach (var row in rows)
        {
            for (var k = 0; k < keys.Length; k++)
            {
                probe[k] = keys[k](row);
            }

            if (!groups.TryGetValue(probe, out var accumulators))
            {
                var key = (object?[])probe.Clone();
                accumulators = NewAccumulators(step);
                groups.Add(key, accumulators);
                order.Add(key);
            }

            for (var a = 0; a < accumulators.Length; a++)
            {
                accumulators[a].Add(arguments[a] is { } argument ? argument(row) : null);
            }

            budget.Tick();
        }

        var result = new List<Row>(order.Count);
        foreach (var key in order)
        {
            var accumulators = groups[key];
            var cells = new object?[key.Length + accumulators.Length];
            key.CopyTo(cells, 0);
            for (var a = 0; a < accumulators.Length; a++)
            {
                cells[key.Length + a] = accumulators[a].Result(step.Aggregates[a].Function);
            }

            result.Add(new Row(table, cells));
        }

        return result;
    }

    public static List<Row> Distinct(List<Row> rows, DistinctStep step, RowScope table, QueryBudget budget)
    {
        var keys = step.Keys.Select(key => key.Boxed()).ToArray();
        var seen = new HashSet<object?[]>(CellsComparer.Instance);
        var result = new List<Row>();
        foreach (var row in rows)
        {
            var cells = new object?[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                cells[k] = keys[k](row);
            }

            if (seen.Add(cells))
            {
                result.Add(new Row(table, cells));
            }

            budget.Tick();
        }

        return result;
    }

    private static Accumulator[] NewAccumulators(AggregateStep step) => step.Aggregates.Select(_ => new Accumulator()).ToArray();

    private sealed class Accumulator
    {
        private long _rows;
        private long _values;
        private double _sum;
        private double _min = double.PositiveInfinity;
        private double _max = double.NegativeInfinity;

        public void Add(double? value)
        {
            _rows++;
            if (value is not { } number)
            {
                return;
            }

            _values++;
            _sum += number;
            _min = Math.Min(_min, number);
            _max = Math.Max(_max, number);
        }

        public object? Result(AggregateFunction function) => function switch
        {
            AggregateFunction.Count => (double)_rows,
            _ when _values == 0 => null,
            AggregateFunction.Sum => _sum,
            AggregateFunction.Avg => _sum / _values,
            AggregateFunction.Min => _min,
            _ => _max,
        };
    }

    /// <summary>Compares key tuples cell by cell: text ordinally, numbers and bools by value.</summary>
    private sealed class CellsComparer : IEqualityComparer<object?[]>
    {
        public static readonly CellsComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x!.Length != y!.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] cells)
        {
            var hash = new HashCode();
            foreach (var cell in cells)
            {
                hash.Add(cell);
            }

            return hash.ToHashCode();
        }
    }
}
