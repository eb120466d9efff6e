namespace Master.Query.Language.Schema;

/// <summary>What the binder and the result writer need to know about a <see cref="FieldType"/>.</summary>
internal static class FieldTypes
{
    /// <summary>True for every type carried as a number.</summary>
    public static bool IsNumeric(this FieldType type) => type is FieldType.Int or FieldType.Number or FieldType.Cpu
        or FieldType.Memory or FieldType.Duration or FieldType.Percent or FieldType.Time;

    /// <summary>True for text and enum text.</summary>
    public static bool IsText(this FieldType type) => type is FieldType.Text or FieldType.Enum;

    /// <summary>The type name a result column reports (query-dsl.md, Results).</summary>
    public static string ColumnName(this FieldType type) => type switch
    {
        FieldType.Text => "string",
        FieldType.Enum => "enum",
        FieldType.Bool => "bool",
        FieldType.Int => "int",
        FieldType.Number => "number",
        FieldType.Cpu => "cpu",
        FieldType.Memory => "memory",
        FieldType.Duration => "duration",
        FieldType.Percent => "percent",
        FieldType.Time => "time",
        FieldType.Map => "map",
        _ => "null",
    };

    /// <summary>The base unit a result column reports for a quantity; null when the values have none.</summary>
    public static string? Unit(this FieldType type) => type switch
    {
        FieldType.Cpu => "millicores",
        FieldType.Memory => "bytes",
        FieldType.Duration => "seconds",
        FieldType.Percent => "ratio",
        _ => null,
    };

    /// <summary>How an error message names what a field of this type expects.</summary>
    public static string Expectation(this FieldType type) => type switch
    {
        FieldType.Cpu => "a CPU quantity such as 500m or 2",
        FieldType.Memory => "a memory quantity such as 512Mi or 2Gi",
        FieldType.Duration => "a duration such as 30s, 5m, 2h or 7d",
        FieldType.Percent => "a percentage such as 80%",
        FieldType.Int => "a whole number",
        FieldType.Number => "a number",
        FieldType.Time => "a time such as ago(1h) or \"2025-06-12T06:00:00Z\"",
        FieldType.Bool => "true or false",
        FieldType.Map => "a key, such as labels[\"app\"]",
        _ => "text in quotes",
    };
}
