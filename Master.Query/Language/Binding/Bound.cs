using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>A checked, typed expression with its compiled evaluator.</summary>
/// <remarks>
/// <see cref="Eval"/> follows the delegate convention of <see cref="FieldDef"/>. A bool expression also carries
/// <see cref="Predicate"/>, the two-valued form <c>where</c>, <c>and</c>, <c>or</c> and <c>not</c> use: null is false.
/// </remarks>
/// <param name="Type">The type of the value, or of each element of a list.</param>
/// <param name="IsList">True when the value is a list whose comparisons match any element.</param>
/// <param name="Eval">The evaluator.</param>
/// <param name="Span">Where the expression is written.</param>
/// <param name="Name">The column name the expression gets in a result: the path, or the text as written.</param>
internal sealed record Bound(FieldType Type, bool IsList, Delegate Eval, TextSpan Span, string Name)
{
    public Func<Row, bool>? Predicate { get; init; }

    /// <summary>True for a literal's value, which reads no row: comparisons with it are specialised at bind time.</summary>
    public bool IsConstant { get; init; }

    /// <summary>The value of a constant, in its base unit; null otherwise.</summary>
    public object? Value { get; init; }

    /// <summary>The enum values when the expression reads an enum field; empty otherwise.</summary>
    public IReadOnlyList<string> EnumValues { get; init; } = [];

    public Func<Row, string?> Text => (Func<Row, string?>)Eval;

    public Func<Row, double?> Number => (Func<Row, double?>)Eval;

    public Func<Row, bool?> Bool => (Func<Row, bool?>)Eval;

    public Func<Row, IReadOnlyList<string>> TextList => (Func<Row, IReadOnlyList<string>>)Eval;

    public Func<Row, IReadOnlyList<double>> NumberList => (Func<Row, IReadOnlyList<double>>)Eval;

    public Func<Row, IReadOnlyList<bool>> BoolList => (Func<Row, IReadOnlyList<bool>>)Eval;

    public Func<Row, IReadOnlyDictionary<string, string>?> Map => (Func<Row, IReadOnlyDictionary<string, string>?>)Eval;

    /// <summary>The two-valued form of a bool expression.</summary>
    public Func<Row, bool> AsPredicate()
    {
        if (Predicate is not null)
        {
            return Predicate;
        }

        if (IsList)
        {
            var list = BoolList;
            return row => list(row).Contains(true);
        }

        var value = Bool;
        return row => value(row) == true;
    }

    /// <summary>The value as a result holds it: boxed, lists and maps as they are.</summary>
    public Func<Row, object?> Boxed()
    {
        if (IsList)
        {
            return Type switch
            {
                FieldType.Bool => row => BoolList(row),
                _ when Type.IsNumeric() => row => NumberList(row),
                _ => row => TextList(row),
            };
        }

        return Type switch
        {
            FieldType.Text or FieldType.Enum => row => Text(row),
            FieldType.Bool => row => Bool(row),
            FieldType.Map => row => Map(row),
            FieldType.Null => _ => null,
            _ => row => Number(row),
        };
    }

    public static Bound FromField(FieldDef field, TextSpan span, string name) =>
        new(field.Type, field.IsList, field.Getter, span, name) { EnumValues = field.EnumValues };

    public static Bound Condition(Func<Row, bool> predicate, TextSpan span, string name) =>
        new(FieldType.Bool, false, (Func<Row, bool?>)(row => predicate(row)), span, name) { Predicate = predicate };
}
