using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>
/// Comparisons and <c>in</c> (query-dsl.md §4, §5). A null value makes every comparison false except <c>== null</c> and
/// <c>!= null</c>. A list matches when any element does, for every operator as in jq's <c>.[]</c>: so
/// <c>containers.image != "a"</c> holds when some container runs another image; "no container runs a" is
/// <c>not (containers.image == "a")</c>.
/// </summary>
internal static class Comparisons
{
    public static Bound? Compare(ExpressionBinder binder, CompareExpr syntax)
    {
        var op = syntax.Operator;
        if (syntax.Left is LiteralExpr && op is CompareOperator.Contains or CompareOperator.StartsWith or CompareOperator.EndsWith
            or CompareOperator.Matches or CompareOperator.NotMatches)
        {
            binder.Context.Error(DiagnosticCodes.OperatorMismatch, syntax.Left.Span,
                $"write the field first and the text after '{Symbol(op)}', as in name {Symbol(op)} \"web\"");
            return null;
        }

        Bound? left;
        Bound? right;
        if (syntax.Left is LiteralExpr && syntax.Right is not LiteralExpr)
        {
            right = binder.Bind(syntax.Right);
            left = right is null ? null : binder.BindAgainst(syntax.Left, right);
            (left, right, op) = (right, left, Mirror(op));
        }
        else
        {
            left = binder.Bind(syntax.Left);
            right = left is null ? (syntax.Right is LiteralExpr ? null : binder.Bind(syntax.Right)) : binder.BindAgainst(syntax.Right, left);
        }

        if (left is null || right is null)
        {
            return null;
        }

        var name = binder.Context.Written(syntax.Span);
        var predicate = Build(binder.Context, op, left, right, syntax.OperatorSpan, syntax.Right is LiteralExpr or CallExpr ? syntax.Right.Span : syntax.Span);
        return predicate is null ? null : Bound.Condition(predicate, syntax.Span, name);
    }

    public static Bound? In(ExpressionBinder binder, InExpr syntax)
    {
        var operand = binder.Bind(syntax.Operand);
        var items = new List<Bound>();
        foreach (var item in syntax.Items)
        {
            if (item is not LiteralExpr)
            {
                binder.Context.Error(DiagnosticCodes.ListOfLiterals, item.Span, "the items of an in-list must be literals: \"text\", numbers, true, false or null");
            }
            else if (operand is not null && binder.BindAgainst(item, operand) is { } bound)
            {
                items.Add(bound);
            }
        }

        if (operand is null || items.Count != syntax.Items.Count)
        {
            return null;
        }

        var test = Membership(binder.Context, operand, items, syntax.Negated, syntax.OperatorSpan);
        if (test is null)
        {
            return null;
        }

        return Bound.Condition(test, syntax.Span, binder.Context.Written(syntax.Span));
    }

    /// <summary>True when the value is there: not null, a list with elements.</summary>
    public static Func<Row, bool> IsPresent(Bound value)
    {
        if (value.IsList)
        {
            var count = Count(value);
            return row => count(row) > 0;
        }

        return value.Type switch
        {
            FieldType.Text or FieldType.Enum => row => value.Text(row) is not null,
            FieldType.Bool => row => value.Bool(row) is not null,
            FieldType.Map => row => value.Map(row) is not null,
            FieldType.Null => _ => false,
            _ => row => value.Number(row) is not null,
        };
    }

    /// <summary>Enum values are compared without regard to case; a value outside the enum is worth a warning.</summary>
    public static void CheckEnumValue(BindContext context, string field, IReadOnlyList<string> enumValues, string value)
    {
        if (enumValues.Count == 0 || enumValues.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var suggestion = Suggestions.Closest(value, enumValues);
        context.Warn(DiagnosticCodes.UnknownEnumValue,
            $"'{value}' is not a known value of {field}"
            + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")
            + $" Known values: {string.Join(", ", enumValues)}");
    }

    /// <summary><c>field == value</c> of two bound operands, as <c>where</c> compares them; null after reporting why not.</summary>
    public static Func<Row, bool>? Equal(BindContext context, Bound field, Bound value) =>
        Build(context, CompareOperator.Equal, field, value, value.Span, value.Span);

    private static Func<Row, bool>? Build(BindContext context, CompareOperator op, Bound left, Bound right, TextSpan operatorSpan, TextSpan valueSpan)
    {
        if (right.Type == FieldType.Null || left.Type == FieldType.Null)
        {
            var value = left.Type == FieldType.Null ? right : left;
            return op switch
            {
                CompareOperator.Equal => Negate(IsPresent(value)),
                CompareOperator.NotEqual => IsPresent(value),
                _ => _ => false,
            };
        }

        if (left.IsList && right.IsList)
        {
            context.Error(DiagnosticCodes.OperatorMismatch, operatorSpan, $"cannot compare two lists ('{left.Name}' and '{right.Name}'); compare a list with one value");
            return null;
        }

        if (right.IsList)
        {
            (left, right, op) = (right, left, Mirror(op));
        }

        if (left.Type.IsText() && right.Type.IsText())
        {
            return Text(context, op, left, right, operatorSpan, valueSpan);
        }

        if (left.Type.IsNumeric() && right.Type.IsNumeric() && Compatible(left.Type, right.Type))
        {
            return Numbers(context, op, left, right, operatorSpan);
        }

        if (left.Type == FieldType.Bool && right.Type == FieldType.Bool && op is CompareOperator.Equal or CompareOperator.NotEqual)
        {
            return AnyBool(left, right, equal: op == CompareOperator.Equal);
        }

        var opText = Symbol(op);
        context.Error(DiagnosticCodes.OperatorMismatch, operatorSpan, left.Type == right.Type || left.Type == FieldType.Bool || left.Type == FieldType.Map
            ? $"'{opText}' does not apply to {ExpressionBinder.Article(left.Type)} such as '{left.Name}'" + (left.Type == FieldType.Map ? "; compare a key of it, such as labels[\"app\"]" : string.Empty)
            : $"cannot compare '{left.Name}' ({ExpressionBinder.Article(left.Type)}) with '{right.Name}' ({ExpressionBinder.Article(right.Type)})");
        return null;
    }

    private static Func<Row, bool>? Text(BindContext context, CompareOperator op, Bound left, Bound right, TextSpan operatorSpan, TextSpan valueSpan)
    {
        var enumCompare = left.Type == FieldType.Enum || right.Type == FieldType.Enum;
        var comparison = enumCompare ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var constant = Constant(right);
        if (constant is not null && op is CompareOperator.Equal or CompareOperator.NotEqual)
        {
            CheckEnumValue(context, left.Name, left.EnumValues, constant);
        }

        Func<string, string, bool>? test;
        switch (op)
        {
            case CompareOperator.Equal or CompareOperator.NotEqual:
                test = (a, b) => string.Equals(a, b, comparison);
                break;
            case CompareOperator.Contains:
                test = (a, b) => a.Contains(b, StringComparison.OrdinalIgnoreCase);
                break;
            case CompareOperator.StartsWith:
                test = (a, b) => a.StartsWith(b, StringComparison.OrdinalIgnoreCase);
                break;
            case CompareOperator.EndsWith:
                test = (a, b) => a.EndsWith(b, StringComparison.OrdinalIgnoreCase);
                break;
            case CompareOperator.Matches or CompareOperator.NotMatches:
                if (constant is null)
                {
                    context.Error(DiagnosticCodes.InvalidRegex, valueSpan, $"the pattern of '{Symbol(op)}' must be a string, such as `web-.*`");
                    return null;
                }

                var (regex, error) = Regexes.Compile(constant, ignoreCase: enumCompare);
                if (regex is null)
                {
                    context.Error(DiagnosticCodes.InvalidRegex, valueSpan, error!);
                    return null;
                }

                test = (a, _) => regex.IsMatch(a);
                break;
            default:
                if (enumCompare)
                {
                    context.Error(DiagnosticCodes.OperatorMismatch, operatorSpan, $"'{Symbol(op)}' does not apply to an enum such as '{left.Name}'; use ==, != or in");
                    return null;
                }

                context.Warn(DiagnosticCodes.OperatorMismatch, $"'{left.Name} {Symbol(op)} ...' compares text by ordinal order, which is rarely what is meant");
                test = op switch
                {
                    CompareOperator.Greater => (a, b) => string.CompareOrdinal(a, b) > 0,
                    CompareOperator.GreaterOrEqual => (a, b) => string.CompareOrdinal(a, b) >= 0,
                    CompareOperator.Less => (a, b) => string.CompareOrdinal(a, b) < 0,
                    _ => (a, b) => string.CompareOrdinal(a, b) <= 0,
                };
                break;
        }

        if (op is CompareOperator.NotEqual or CompareOperator.NotMatches)
        {
            var positiveTest = test;
            test = (a, b) => !positiveTest(a, b);
        }

        var other = right.Text;
        if (left.IsList)
        {
            var list = left.TextList;
            return constant is not null
                ? row => AnyText(list(row), constant, test)
                : row => other(row) is { } b && AnyText(list(row), b, test);
        }

        var value = left.Text;
        return constant is not null
            ? row => value(row) is { } a && test(a, constant)
            : row => value(row) is { } a && other(row) is { } b && test(a, b);
    }

    private static Func<Row, bool>? Numbers(BindContext context, CompareOperator op, Bound left, Bound right, TextSpan operatorSpan)
    {
        Func<double, double, bool>? test = op switch
        {
            CompareOperator.Equal => (a, b) => a == b,
            CompareOperator.NotEqual => (a, b) => a != b,
            CompareOperator.Greater => (a, b) => a > b,
            CompareOperator.GreaterOrEqual => (a, b) => a >= b,
            CompareOperator.Less => (a, b) => a < b,
            CompareOperator.LessOrEqual => (a, b) => a <= b,
            _ => null,
        };
        if (test is null)
        {
            context.Error(DiagnosticCodes.OperatorMismatch, operatorSpan,
                $"'{Symbol(op)}' compares text; '{left.Name}' is {ExpressionBinder.Article(left.Type)}");
            return null;
        }

        var other = right.Number;
        if (left.IsList)
        {
            var list = left.NumberList;
            return row => other(row) is { } b && list(row).Any(a => test(a, b));
        }

        var value = left.Number;
        if (ConstantNumber(right) is { } constant)
        {
            // The common case, field against literal, without a second delegate call per row.
            return op switch
            {
                CompareOperator.Greater => row => value(row) > constant,
                CompareOperator.GreaterOrEqual => row => value(row) >= constant,
                CompareOperator.Less => row => value(row) < constant,
                CompareOperator.LessOrEqual => row => value(row) <= constant,
                CompareOperator.NotEqual => row => value(row) is { } a && a != constant,
                _ => row => value(row) == constant,
            };
        }

        return row => value(row) is { } a && other(row) is { } b && test(a, b);
    }

    /// <summary>
    /// <c>in</c> and <c>not in</c>: a value in (or not in) the set; a list when any element is; null only when the set
    /// names null.
    /// </summary>
    private static Func<Row, bool>? Membership(BindContext context, Bound operand, List<Bound> items, bool negated, TextSpan operatorSpan)
    {
        var matchesNull = items.Any(item => item.Type == FieldType.Null);
        var values = items.Where(item => item.Type != FieldType.Null).ToList();
        Func<Row, bool> present = IsPresent(operand);
        Func<Row, bool> test;
        if (operand.Type.IsText())
        {
            var set = new HashSet<string>(values.Select(item => Constant(item)!),
                operand.Type == FieldType.Enum ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (var value in set)
            {
                CheckEnumValue(context, operand.Name, operand.EnumValues, value);
            }

            Func<string, bool> member = negated ? value => !set.Contains(value) : set.Contains;
            test = operand.IsList ? Any(operand.TextList, member) : Scalar(operand.Text, member);
        }
        else if (operand.Type.IsNumeric())
        {
            var set = values.Select(item => ConstantNumber(item)!.Value).ToHashSet();
            Func<double, bool> member = negated ? value => !set.Contains(value) : set.Contains;
            test = operand.IsList ? Any(operand.NumberList, member) : Scalar(operand.Number, member);
        }
        else if (operand.Type == FieldType.Bool)
        {
            var set = values.Select(item => (bool)item.Value!).ToHashSet();
            var list = operand.BoolList;
            var value = operand.Bool;
            test = operand.IsList ? row => list(row).Any(flag => set.Contains(flag) != negated) : row => value(row) is { } flag && set.Contains(flag) != negated;
        }
        else
        {
            context.Error(DiagnosticCodes.OperatorMismatch, operatorSpan, $"'in' does not apply to {ExpressionBinder.Article(operand.Type)} such as '{operand.Name}'");
            return null;
        }

        return !matchesNull ? test : negated ? row => test(row) && present(row) : row => test(row) || !present(row);
    }

    private static Func<Row, bool> Scalar(Func<Row, string?> get, Func<string, bool> test) => row => get(row) is { } value && test(value);

    private static Func<Row, bool> Scalar(Func<Row, double?> get, Func<double, bool> test) => row => get(row) is { } value && test(value);

    private static Func<Row, bool> Any<T>(Func<Row, IReadOnlyList<T>> get, Func<T, bool> test) => row => get(row).Any(test);

    private static bool AnyText(IReadOnlyList<string> values, string b, Func<string, string, bool> test)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (test(values[i], b))
            {
                return true;
            }
        }

        return false;
    }

    private static Func<Row, bool> AnyBool(Bound left, Bound right, bool equal)
    {
        var other = right.Bool;
        if (left.IsList)
        {
            var list = left.BoolList;
            return row => other(row) is { } b && list(row).Any(a => (a == b) == equal);
        }

        var value = left.Bool;
        return row => value(row) is { } a && other(row) is { } b && (a == b) == equal;
    }

    private static Func<Row, bool> Negate(Func<Row, bool> test) => row => !test(row);

    private static Func<Row, int> Count(Bound list) => list.Type switch
    {
        FieldType.Bool => row => list.BoolList(row).Count,
        _ when list.Type.IsNumeric() => row => list.NumberList(row).Count,
        _ => row => list.TextList(row).Count,
    };

    private static bool Compatible(FieldType a, FieldType b) =>
        a == b || (a is FieldType.Int or FieldType.Number && b is FieldType.Int or FieldType.Number);

    private static string? Constant(Bound bound) => bound.IsConstant ? bound.Value as string : null;

    private static double? ConstantNumber(Bound bound) => bound.IsConstant ? bound.Value as double? : null;

    private static CompareOperator Mirror(CompareOperator op) => op switch
    {
        CompareOperator.Greater => CompareOperator.Less,
        CompareOperator.GreaterOrEqual => CompareOperator.LessOrEqual,
        CompareOperator.Less => CompareOperator.Greater,
        CompareOperator.LessOrEqual => CompareOperator.GreaterOrEqual,
        _ => op,
    };

    private static string Symbol(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "==",
        CompareOperator.NotEqual => "!=",
        CompareOperator.Greater => ">",
        CompareOperator.GreaterOrEqual => ">=",
        CompareOperator.Less => "<",
        CompareOperator.LessOrEqual => "<=",
        CompareOperator.Matches => "=~",
        CompareOperator.NotMatches => "!~",
        CompareOperator.Contains => "contains",
        CompareOperator.StartsWith => "startswith",
        _ => "endswith",
    };
}
