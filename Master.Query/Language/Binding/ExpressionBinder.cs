using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>Checks an expression against a scope and compiles it: names, types, units, functions, operators.</summary>
/// <remarks>Every method returns null after reporting an error, and binding goes on, so all errors are reported at once.</remarks>
internal sealed class ExpressionBinder(BindContext context, IBindScope scope)
{
    private static readonly string[] FunctionNames = ["now", "ago", "len", "lower", "upper", "exists", "coalesce"];

    public BindContext Context { get; } = context;

    public IBindScope Scope { get; } = scope;

    /// <summary>Binds a condition: a bool expression, as <c>where</c> needs.</summary>
    public Func<Row, bool>? BindCondition(ExprSyntax syntax)
    {
        var bound = Bind(syntax);
        if (bound is null)
        {
            return null;
        }

        if (bound.Type != FieldType.Bool)
        {
            Context.Error(DiagnosticCodes.NotABool, syntax.Span,
                $"'{bound.Name}' is {Article(bound.Type)}, not a condition; write a comparison such as {bound.Name} > 5 or {bound.Name} == \"text\"");
            return null;
        }

        return bound.AsPredicate();
    }

    public Bound? Bind(ExprSyntax syntax, bool quoteHint = false) => syntax switch
    {
        LiteralExpr literal => BindLiteral(literal),
        PathExpr path => BindPath(path, quoteHint),
        CallExpr call => BindCall(call),
        NegateExpr negate => BindNegate(negate),
        NotExpr not => BindNot(not),
        BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } logical => BindLogical(logical),
        BinaryExpr arithmetic => Arithmetic.Bind(this, arithmetic),
        CompareExpr compare => Comparisons.Compare(this, compare),
        InExpr @in => Comparisons.In(this, @in),
        _ => ListOutsideIn((ListExpr)syntax),
    };

    /// <summary>Binds <paramref name="syntax"/>; a literal takes its value from <paramref name="other"/>'s type.</summary>
    public Bound? BindAgainst(ExprSyntax syntax, Bound other)
    {
        if (syntax is not LiteralExpr literal)
        {
            return Bind(syntax, quoteHint: other.Type.IsText());
        }

        var value = Literals.Resolve(literal, other.Type, other.Name);
        if (value.Error is not null)
        {
            Context.Error(other.Type.IsNumeric() ? DiagnosticCodes.UnitMismatch : DiagnosticCodes.OperatorMismatch, literal.Span, value.Error, value.Hint);
            return null;
        }

        return Constant(value.Value is null ? FieldType.Null : other.Type, value.Value, literal.Span, literal.Text);
    }

    public static Bound Constant(FieldType type, object? value, TextSpan span, string name)
    {
        Delegate eval = type switch
        {
            FieldType.Text or FieldType.Enum => (Func<Row, string?>)(_ => (string?)value),
            FieldType.Bool => (Func<Row, bool?>)(_ => (bool?)value),
            FieldType.Null => (Func<Row, double?>)(_ => null),
            _ => (Func<Row, double?>)(_ => (double?)value),
        };
        return new Bound(type, false, eval, span, name) { IsConstant = true, Value = value };
    }

    internal static string Article(FieldType type) => type switch
    {
        FieldType.Int => "an int",
        FieldType.Enum => "an enum",
        FieldType.Time => "a time",
        FieldType.Map => "a map",
        FieldType.Text => "text",
        _ => "a " + type.ColumnName(),
    };

    private Bound? BindLiteral(LiteralExpr literal)
    {
        if (Literals.Natural(literal) is not { } natural)
        {
            Context.Error(DiagnosticCodes.UnitMismatch, literal.Span,
                $"{literal.Text} has a unit only a field can explain; compare it with a field, as in cpu_request > {literal.Text}");
            return null;
        }

        return Constant(natural.Type, natural.Value, literal.Span, literal.Text);
    }

    private Bound? BindPath(PathExpr path, bool quoteHint)
    {
        var segments = path.Segments.Where(segment => !segment.IsWildcard).ToList();
        var written = Context.Written(path.Span);
        if (segments.Any(segment => segment.Index is not null))
        {
            Context.Error(DiagnosticCodes.UnknownField, path.Span,
                $"indexes such as [0] are not supported in '{written}'; a list path such as containers.image matches any element");
            return null;
        }

        if (segments is [{ Name: { } mapName }, { Key: { } key }] && Scope.Find(mapName) is { Type: FieldType.Map } map)
        {
            var get = map.Map;
            return new Bound(FieldType.Text, false, (Func<Row, string?>)(row => get(row)?.GetValueOrDefault(key)), path.Span, written);
        }

        if (segments.Any(segment => segment.Name is null))
        {
            Context.Error(DiagnosticCodes.UnknownField, path.Span, $"'{written}' is not a map; only maps such as labels[\"app\"] take a key");
            return null;
        }

        var name = path.DottedName;
        if (Scope.Find(name) is { } field)
        {
            return Bound.FromField(field, path.Span, name);
        }

        var (code, message) = Scope.Unknown(name);
        var suggestion = Suggestions.Closest(name, Scope.Names);
        if (suggestion is not null)
        {
            Context.Error(code, path.Span, $"{message}; did you mean '{suggestion}'?", suggestion: suggestion);
        }
        else if (quoteHint && segments.Count == 1)
        {
            Context.Error(code, path.Span, $"unknown field '{name}'; to compare with text, quote it: \"{name}\"", suggestion: $"\"{name}\"");
        }
        else
        {
            Context.Error(code, path.Span, message);
        }

        return null;
    }

    private Bound? BindCall(CallExpr call)
    {
        var name = call.Function.Text.ToLowerInvariant();
        var arguments = call.Arguments;
        switch (name)
        {
            case "now" when Arity(call, 0):
                return new Bound(FieldType.Time, false, (Func<Row, double?>)(row => row.Scope.Now), call.Span, "now()");
            case "ago" when Arity(call, 1):
                var duration = arguments[0] is LiteralExpr literal
                    ? BindAgainst(literal, Constant(FieldType.Duration, null, literal.Span, "ago()"))
                    : Bind(arguments[0]);
                if (duration is null || !Expect(duration, FieldType.Duration, "ago"))
                {
                    return null;
                }

                var seconds = duration.Number;
                return new Bound(FieldType.Time, false, (Func<Row, double?>)(row => row.Scope.Now - seconds(row)), call.Span, Context.Written(call.Span));
            case "len" when Arity(call, 1):
                return Length(call, Bind(arguments[0]));
            case "lower" or "upper" when Arity(call, 1):
                return Case(call, Bind(arguments[0]), upper: name == "upper");
            case "exists" when Arity(call, 1):
                return Bind(arguments[0]) is { } value ? Bound.Condition(Comparisons.IsPresent(value), call.Span, Context.Written(call.Span)) : null;
            case "coalesce" when arguments.Count >= 2:
                return Coalesce(call);
            case "coalesce":
                Context.Error(DiagnosticCodes.WrongArguments, call.Span, "coalesce takes two or more arguments: coalesce(a, b)");
                return null;
            case "now" or "ago" or "len" or "lower" or "upper" or "exists":
                return null;
        }

        var suggestion = Suggestions.Closest(call.Function.Text, FunctionNames);
        Context.Error(DiagnosticCodes.UnknownFunction, call.Function.Span,
            $"unknown function '{call.Function.Text}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")
            + $" The functions are {string.Join(", ", FunctionNames)}",
            suggestion: suggestion);
        return null;
    }

    private bool Arity(CallExpr call, int count)
    {
        if (call.Arguments.Count == count)
        {
            return true;
        }

        var takes = count switch { 0 => "no arguments", 1 => "one argument", _ => $"{count} arguments" };
        Context.Error(DiagnosticCodes.WrongArguments, call.Span, $"{call.Function.Text} takes {takes}, not {call.Arguments.Count}");
        return false;
    }

    private bool Expect(Bound value, FieldType type, string function)
    {
        if (value.Type == type && !value.IsList)
        {
            return true;
        }

        Context.Error(DiagnosticCodes.WrongArguments, value.Span, $"{function} takes {type.Expectation()}, not {Article(value.Type)}");
        return false;
    }

    private Bound? Length(CallExpr call, Bound? value)
    {
        if (value is null)
        {
            return null;
        }

        Func<Row, double?>? length = value switch
        {
            { IsList: true, Type: FieldType.Bool } => row => value.BoolList(row).Count,
            { IsList: true } when value.Type.IsNumeric() => row => value.NumberList(row).Count,
            { IsList: true } => row => value.TextList(row).Count,
            { Type: FieldType.Text or FieldType.Enum } => row => value.Text(row)?.Length,
            { Type: FieldType.Map } => row => value.Map(row)?.Count ?? 0,
            _ => null,
        };
        if (length is null)
        {
            Context.Error(DiagnosticCodes.WrongArguments, value.Span, $"len takes a list, text or a map, not {Article(value.Type)}");
            return null;
        }

        return new Bound(FieldType.Int, false, length, call.Span, Context.Written(call.Span));
    }

    private Bound? Case(CallExpr call, Bound? value, bool upper)
    {
        if (value is null)
        {
            return null;
        }

        if (!value.Type.IsText() || value.IsList)
        {
            Context.Error(DiagnosticCodes.WrongArguments, value.Span, $"{call.Function.Text} takes text, not {Article(value.Type)}");
            return null;
        }

        var text = value.Text;
        Func<Row, string?> eval = upper ? row => text(row)?.ToUpperInvariant() : row => text(row)?.ToLowerInvariant();
        return new Bound(FieldType.Text, false, eval, call.Span, Context.Written(call.Span));
    }

    private Bound? Coalesce(CallExpr call)
    {
        var first = call.Arguments.FirstOrDefault(argument => argument is not LiteralExpr) ?? call.Arguments[0];
        var anchor = Bind(first);
        if (anchor is null)
        {
            return null;
        }

        var values = call.Arguments.Select(argument => ReferenceEquals(argument, first) ? anchor : BindAgainst(argument, anchor)).ToList();
        if (values.Any(value => value is null))
        {
            return null;
        }

        if (anchor.IsList || values.Any(value => value!.Type != anchor.Type && value.Type != FieldType.Null))
        {
            Context.Error(DiagnosticCodes.WrongArguments, call.Span, "coalesce takes arguments of one type");
            return null;
        }

        var name = Context.Written(call.Span);
        switch (anchor.Type)
        {
            case FieldType.Text or FieldType.Enum:
                var texts = values.Select(value => value!.Text).ToArray();
                return new Bound(anchor.Type, false, (Func<Row, string?>)(row => texts.Select(get => get(row)).FirstOrDefault(text => text is not null)), call.Span, name);
            case FieldType.Bool:
                var flags = values.Select(value => value!.Bool).ToArray();
                return new Bound(FieldType.Bool, false, (Func<Row, bool?>)(row => flags.Select(get => get(row)).FirstOrDefault(flag => flag is not null)), call.Span, name);
            case FieldType.Map:
                Context.Error(DiagnosticCodes.WrongArguments, call.Span, "coalesce does not take maps; take a key, such as labels[\"app\"]");
                return null;
            default:
                var numbers = values.Select(value => value!.Type == FieldType.Null ? (_ => null) : value.Number).ToArray();
                return new Bound(anchor.Type, false, (Func<Row, double?>)(row => numbers.Select(get => get(row)).FirstOrDefault(number => number is not null)), call.Span, name);
        }
    }

    private Bound? BindNegate(NegateExpr negate)
    {
        var operand = Bind(negate.Operand);
        if (operand is null)
        {
            return null;
        }

        if (!operand.Type.IsNumeric() || operand.IsList || operand.Type == FieldType.Time)
        {
            Context.Error(DiagnosticCodes.OperatorMismatch, negate.Span, $"'-' takes a number, not {Article(operand.Type)}");
            return null;
        }

        var value = operand.Number;
        return operand with { Eval = (Func<Row, double?>)(row => -value(row)), Span = negate.Span, Name = Context.Written(negate.Span) };
    }

    private Bound? BindNot(NotExpr not)
    {
        var operand = BindCondition(not.Operand);
        return operand is null ? null : Bound.Condition(row => !operand(row), not.Span, Context.Written(not.Span));
    }

    private Bound? BindLogical(BinaryExpr logical)
    {
        var left = BindCondition(logical.Left);
        var right = BindCondition(logical.Right);
        if (left is null || right is null)
        {
            return null;
        }

        Func<Row, bool> predicate = logical.Operator == BinaryOperator.And
            ? row => left(row) && right(row)
            : row => left(row) || right(row);
        return Bound.Condition(predicate, logical.Span, Context.Written(logical.Span));
    }

    private Bound? ListOutsideIn(ListExpr list)
    {
        Context.Error(DiagnosticCodes.ListOfLiterals, list.Span, "a list in brackets is only allowed after in or not in: status in [\"Pending\", \"Failed\"]");
        return null;
    }
}
