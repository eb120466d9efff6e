namespace Master.Query.Language.Schema;

/// <summary>A field of a kind, or a column of a table, with its compiled getter.</summary>
/// <remarks>
/// <see cref="Getter"/> is a <c>Func&lt;Row, T&gt;</c> whose <c>T</c> follows the type: <c>string?</c> for text and enums,
/// <c>bool?</c> for bools, <c>double?</c> for every numeric type, <c>IReadOnlyDictionary&lt;string, string&gt;?</c> for maps;
/// a list field returns <c>IReadOnlyList&lt;T&gt;</c> of the element type instead (<c>string?</c> elements become
/// <c>string</c>, <c>double?</c> become <c>double</c>, <c>bool?</c> become <c>bool</c>). A missing value is null, never empty
/// text or an empty map: the agent sends empty strings for "unset", and the DSL calls that <c>null</c>.
/// </remarks>
/// <param name="Name">The name the query writes.</param>
/// <param name="Type">The type of the value, or of each element of a list.</param>
/// <param name="IsList">True when the field is multi-valued and comparisons match any element.</param>
/// <param name="Getter">The compiled getter.</param>
/// <param name="EnumValues">The known values of an enum field; empty otherwise.</param>
internal sealed record FieldDef(string Name, FieldType Type, bool IsList, Delegate Getter, IReadOnlyList<string> EnumValues)
{
    public Func<Row, string?> Text => (Func<Row, string?>)Getter;

    public Func<Row, double?> Number => (Func<Row, double?>)Getter;

    public Func<Row, bool?> Bool => (Func<Row, bool?>)Getter;

    public Func<Row, IReadOnlyDictionary<string, string>?> Map => (Func<Row, IReadOnlyDictionary<string, string>?>)Getter;

    public Func<Row, IReadOnlyList<string>> TextList => (Func<Row, IReadOnlyList<string>>)Getter;

    public Func<Row, IReadOnlyList<double>> NumberList => (Func<Row, IReadOnlyList<double>>)Getter;

    public Func<Row, IReadOnlyList<bool>> BoolList => (Func<Row, IReadOnlyList<bool>>)Getter;
}
