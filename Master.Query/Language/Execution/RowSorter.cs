using Master.Query.Language.Binding;
using Master.Query.Language.Schema;

namespace Master.Query.Language.Execution;

/// <summary>
/// Sorts rows by precomputed keys: each key is read once per row, not once per comparison. With a limit right after the
/// sort only the first rows are selected, with a bounded heap, before they are put in order.
/// </summary>
internal static class RowSorter
{
    public static List<Row> Sort(List<Row> rows, SortStep step, int? take, QueryBudget budget)
    {
        var keys = step.Keys.Select(spec => SortColumn.Read(spec.Key, rows, spec.Descending, budget)).ToList();
        keys.AddRange(step.TieBreak.Select(key => SortColumn.Read(key, rows, descending: false, budget)));
        var columns = keys.ToArray();
        var comparer = Comparer<int>.Create((a, b) =>
        {
            foreach (var column in columns)
            {
                var order = column.Compare(a, b);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.CompareTo(b);
        });

        int[] order;
        if (take is { } count && count < rows.Count)
        {
            order = Select(rows.Count, count, comparer);
        }
        else
        {
            order = Enumerable.Range(0, rows.Count).ToArray();
        }

        Array.Sort(order, comparer);
        var sorted = new List<Row>(order.Length);
        foreach (var index in order)
        {
            sorted.Add(rows[index]);
        }

        return sorted;
    }

    /// <summary>The indexes of the <paramref name="count"/> first rows in sort order, in no particular order.</summary>
    private static int[] Select(int rows, int count, Comparer<int> comparer)
    {
        // A max-heap of the best rows so far: its root is the worst of them, the one a better row replaces.
        var heap = new PriorityQueue<int, int>(count, Comparer<int>.Create((a, b) => comparer.Compare(b, a)));
        for (var i = 0; i < rows; i++)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(i, i);
            }
            else if (comparer.Compare(i, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(i, i);
            }
        }

        return heap.UnorderedItems.Select(item => item.Element).ToArray();
    }

    /// <summary>One sort key's values for every row; nulls sort last in either direction.</summary>
    private sealed class SortColumn
    {
        private double[]? _numbers;
        private bool[]? _present;
        private string?[]? _texts;
        private StringComparer _textOrder = StringComparer.Ordinal;
        private int _direction;

        public static SortColumn Read(Bound key, List<Row> rows, bool descending, QueryBudget budget)
        {
            var column = new SortColumn { _direction = descending ? -1 : 1 };
            if (key.Type.IsText())
            {
                var get = key.Text;
                column._textOrder = key.Type == FieldType.Enum ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                column._texts = new string?[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    column._texts[i] = get(rows[i]);
                    budget.Tick();
                }

                return column;
            }

            Func<Row, double?> number = key.Type == FieldType.Bool ? row => key.Bool(row) is { } flag ? (flag ? 1 : 0) : null : key.Number;
            column._numbers = new double[rows.Count];
            column._present = new bool[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                if (number(rows[i]) is { } value)
                {
                    column._numbers[i] = value;
                    column._present[i] = true;
                }

                budget.Tick();
            }

            return column;
        }

        public int Compare(int a, int b)
        {
            if (_texts is not null)
            {
                var (x, y) = (_texts[a], _texts[b]);
                return x is null ? (y is null ? 0 : 1) : y is null ? -1 : _direction * _textOrder.Compare(x, y);
            }

            var (hasX, hasY) = (_present![a], _present[b]);
            return !hasX ? (hasY ? 1 : 0) : !hasY ? -1 : _direction * _numbers![a].CompareTo(_numbers[b]);
        }
    }
}
