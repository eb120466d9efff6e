namespace Master.Query.Language.Schema;

/// <summary>The type of a field, a column or an expression as the binder sees it (query-dsl.md, Resource kinds and fields).</summary>
/// <remarks>
/// Every numeric type is carried as a <see cref="double"/> in its base unit: millicores for <see cref="Cpu"/>, bytes for
/// <see cref="Memory"/>, seconds for <see cref="Duration"/>, a ratio for <see cref="Percent"/> and seconds since the Unix
/// epoch for <see cref="Time"/>.
/// </remarks>
internal enum FieldType
{
    /// <summary>Case-sensitive text.</summary>
    Text,

    /// <summary>Text from a known set of values, compared case-insensitively.</summary>
    Enum,

    /// <summary>True or false.</summary>
    Bool,

    /// <summary>A whole number: a count, a port, a replica number.</summary>
    Int,

    /// <summary>A plain number without a unit, such as the result of arithmetic on counts.</summary>
    Number,

    /// <summary>CPU in millicores.</summary>
    Cpu,

    /// <summary>Memory or storage in bytes.</summary>
    Memory,

    /// <summary>A duration in seconds.</summary>
    Duration,

    /// <summary>A percentage as a ratio: 80% is 0.8.</summary>
    Percent,

    /// <summary>An instant, as seconds since the Unix epoch.</summary>
    Time,

    /// <summary>A string-to-string map: labels, annotations, selectors.</summary>
    Map,

    /// <summary>The type of the literal <c>null</c>, which compares with anything.</summary>
    Null,
}
