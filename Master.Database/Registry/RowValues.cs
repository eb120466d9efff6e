using System.Globalization;
using System.Text.Json;

namespace Master.Database.Registry;

/// <summary>
/// Reads a column of a Dapper row the same way on every engine: SQLite hands back <c>long</c> for integers and
/// booleans and text for timestamps, PostgreSQL and MySQL their own types.
/// </summary>
internal static class RowValues
{
    public static IDictionary<string, object?> Columns(object row) => (IDictionary<string, object?>)row;

    public static string Text(IDictionary<string, object?> row, string column) => (string)row[column]!;

    public static string? NullableText(IDictionary<string, object?> row, string column) => row[column] as string;

    public static int Int32(IDictionary<string, object?> row, string column) => Convert.ToInt32(row[column], CultureInfo.InvariantCulture);

    public static long Int64(IDictionary<string, object?> row, string column) => Convert.ToInt64(row[column], CultureInfo.InvariantCulture);

    public static int? NullableInt32(IDictionary<string, object?> row, string column) =>
        row[column] is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public static long? NullableInt64(IDictionary<string, object?> row, string column) =>
        row[column] is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public static bool Boolean(IDictionary<string, object?> row, string column) => Convert.ToBoolean(row[column], CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Labels(IDictionary<string, object?> row, string column) =>
        row[column] is string { Length: > 0 } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : new Dictionary<string, string>();

    public static string LabelsJson(IReadOnlyDictionary<string, string> labels) => JsonSerializer.Serialize(labels);
}
