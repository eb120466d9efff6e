using Master.Query.Language.Binding;
using Master.Query.Language.Schema;

namespace Master.Query.Language.Execution;

/// <summary>Turns table rows into the result shape of query-dsl.md: ints as whole numbers, times as instants.</summary>
internal static class ResultWriter
{
    public static IReadOnlyList<QueryColumn> Columns(IReadOnlyList<TableColumn> columns) =>
        columns.Select(column => new QueryColumn(column.Name, column.Type.ColumnName() + (column.IsList ? "[]" : string.Empty), column.Type.Unit())).ToList();

    public static IReadOnlyList<IReadOnlyList<object?>> Rows(IReadOnlyList<TableColumn> columns, List<Row> rows)
    {
        var result = new List<IReadOnlyList<object?>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = (object?[])row.Item;
            var values = new object?[cells.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                values[c] = Value(columns[c], cells[c]);
            }

            result.Add(values);
        }

        return result;
    }

    private static object? Value(TableColumn column, object? cell) => (column.Type, cell) switch
    {
        (FieldType.Int, double number) => (long)number,
        (FieldType.Int, IReadOnlyList<double> numbers) => numbers.Select(number => (long)number).ToArray(),
        (FieldType.Time, double seconds) => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000)),
        _ => cell,
    };
}
