using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>
/// <c>+ - * /</c> with units: like adds to like, a quantity scales by a plain number, and like divided by like is a ratio,
/// so <c>memory_usage / memory_limit &gt; 90%</c> works. A null operand or a division by zero gives null.
/// </summary>
internal static class Arithmetic
{
    public static Bound? Bind(ExpressionBinder binder, BinaryExpr syntax)
    {
        var additive = syntax.Operator is BinaryOperator.Add or BinaryOperator.Subtract;
        Bound? left;
        Bound? right;
        if (additive && syntax.Left is LiteralExpr && syntax.Right is not LiteralExpr)
        {
            right = binder.Bind(syntax.Right);
            left = right is null ? null : binder.BindAgainst(syntax.Left, AddendOf(right));
        }
        else
        {
            left = binder.Bind(syntax.Left);
            right = left is null ? binder.Bind(syntax.Right) : additive ? binder.BindAgainst(syntax.Right, AddendOf(left)) : binder.Bind(syntax.Right);
        }

        if (left is null || right is null)
        {
            return null;
        }

        var name = binder.Context.Written(syntax.Span);
        if (!Numeric(left) || !Numeric(right) || ResultType(syntax.Operator, left.Type, right.Type) is not { } type)
        {
            binder.Context.Error(DiagnosticCodes.OperatorMismatch, syntax.OperatorSpan,
                $"cannot {Verb(syntax.Operator)} {ExpressionBinder.Article(left.Type)} and {ExpressionBinder.Article(right.Type)} in '{name}'");
            return null;
        }

        var a = left.Number;
        var b = right.Number;
        Func<Row, double?> eval = syntax.Operator switch
        {
            BinaryOperator.Add => row => a(row) + b(row),
            BinaryOperator.Subtract => row => a(row) - b(row),
            BinaryOperator.Multiply => row => a(row) * b(row),
            _ => row => b(row) is { } divisor && divisor != 0 ? a(row) / divisor : null,
        };
        return new Bound(type, false, eval, syntax.Span, name);
    }

    /// <summary>What a literal added to <paramref name="other"/> means: a duration next to a time (<c>now() - 7d</c>), else the same type.</summary>
    private static Bound AddendOf(Bound other) => other.Type == FieldType.Time ? other with { Type = FieldType.Duration } : other;

    private static bool Numeric(Bound bound) => !bound.IsList && (bound.Type.IsNumeric() || bound.Type == FieldType.Null);

    private static FieldType? ResultType(BinaryOperator op, FieldType left, FieldType right)
    {
        var plainLeft = left is FieldType.Int or FieldType.Number or FieldType.Null;
        var plainRight = right is FieldType.Int or FieldType.Number or FieldType.Null;
        return op switch
        {
            BinaryOperator.Add or BinaryOperator.Subtract when left == FieldType.Time && right == FieldType.Time =>
                op == BinaryOperator.Subtract ? FieldType.Duration : null,
            BinaryOperator.Add or BinaryOperator.Subtract when left == FieldType.Time && right == FieldType.Duration => FieldType.Time,
            BinaryOperator.Add when left == FieldType.Duration && right == FieldType.Time => FieldType.Time,
            BinaryOperator.Add or BinaryOperator.Subtract when plainLeft && plainRight =>
                left == FieldType.Int && right == FieldType.Int ? FieldType.Int : FieldType.Number,
            BinaryOperator.Add or BinaryOperator.Subtract when left == right || right == FieldType.Null => left,
            BinaryOperator.Add or BinaryOperator.Subtract when left == FieldType.Null => right,
            BinaryOperator.Multiply when plainLeft && plainRight => left == FieldType.Int && right == FieldType.Int ? FieldType.Int : FieldType.Number,
            BinaryOperator.Multiply when plainRight && left != FieldType.Time => left,
            BinaryOperator.Multiply when plainLeft && right != FieldType.Time => right,
            BinaryOperator.Divide when left == right && left != FieldType.Time && left != FieldType.Number => FieldType.Percent,
            BinaryOperator.Divide when plainRight && left != FieldType.Time => left == FieldType.Int ? FieldType.Number : left,
            _ => null,
        };
    }

    private static string Verb(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "add",
        BinaryOperator.Subtract => "subtract",
        BinaryOperator.Multiply => "multiply",
        _ => "divide",
    };
}
