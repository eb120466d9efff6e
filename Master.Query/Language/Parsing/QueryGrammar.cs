using Master.Query.Language.Syntax;
using Sprache;
using static Master.Query.Language.Parsing.Tokens;

namespace Master.Query.Language.Parsing;

/// <summary>
/// The grammar of query-dsl.md §3 on Sprache 2.3.1, composed only from committed combinators (<c>XOr</c>, <c>XMany</c>,
/// <c>XOptional</c>, <c>XDelimitedBy</c> and a looping <see cref="Chain"/>) over primitives that fail without consuming:
/// LL(1), linear. Prefix operators (<c>-</c>, <c>not</c>) and operator chains loop instead of recursing, so only
/// brackets nest, and those are limited before parsing.
/// </summary>
/// <remarks>
/// Fields are declared bottom-up; the recursive points go through <see cref="Defer{T}"/>, a lazy delegate without Sprache's
/// memo, because <c>Parse.Ref</c> throws from inside <c>Or</c> (notes/sprache.md P7) and a forward reference in a static
/// field would be null (P16).
/// </remarks>
internal static class QueryGrammar
{
    private const string LimitCount = "a whole number, e.g. limit(10)";
    private const string TopCount = "a whole number, e.g. top(10, restarts)";

    private static readonly Parser<ExprSyntax> Expression = Defer(() => OrExpression!);

    private static readonly Parser<Name> Comma = Symbol(",");

    private static readonly Parser<PathSegment> Segment =
        (from dot in Symbol(".")
         from name in Identifier(Expectations.Field)
         select new PathSegment(name.Text, null, null, TextSpan.Covering(dot.Span, name.Span)))
        .XOr(from open in Symbol("[")
             from index in StringLiteral.Select(key => (Key: key.Value, Index: (int?)null))
                 .XOr(WholeNumber("index").Select(number => (Key: (string?)null, Index: (int?)(int)Math.Min(number.Number, int.MaxValue))))
                 .XOr(Symbol("*").Select(_ => (Key: (string?)null, Index: (int?)null)))
             from close in Symbol("]")
             select new PathSegment(null, index.Key, index.Index, TextSpan.Covering(open.Span, close.Span)));

    private static readonly Parser<ExprSyntax> PathOrCall =
        Identifier(Expectations.Field).Then(head =>
            (from open in Symbol("(")
             from arguments in Expression.XDelimitedBy(Comma).XOptional()
             from close in Symbol(")")
             select (ExprSyntax)new CallExpr(head, arguments.GetOrElse([]).ToList(), TextSpan.Covering(head.Span, close.Span)))
            .XOr(Segment.XMany().Select(segments => (ExprSyntax)Path(head, segments))));

    private static readonly Parser<ExprSyntax> KeywordLiteral =
        Keyword("true").Select(name => Literal(LiteralKind.True, name))
            .XOr(Keyword("false").Select(name => Literal(LiteralKind.False, name)))
            .XOr(Keyword("null").Select(name => Literal(LiteralKind.Null, name)));

    private static readonly Parser<ExprSyntax> Primary =
        (from open in Symbol("(")
         from inner in Expression
         from close in Symbol(")")
         select inner)
        .XOr(from open in Symbol("[")
             from items in Expression.XDelimitedBy(Comma)
             from close in Symbol("]")
             select (ExprSyntax)new ListExpr(items.ToList(), TextSpan.Covering(open.Span, close.Span)))
        .XOr(StringLiteral)
        .XOr(NumberLiteral)
        .XOr(KeywordLiteral)
        .XOr(PathOrCall);

    private static readonly Parser<ExprSyntax> Unary =
        from minuses in Symbol("-").XMany()
        from operand in Primary
        select minuses.Reverse().Aggregate(operand, (inner, minus) => new NegateExpr(inner, TextSpan.Covering(minus.Span, inner.Span)));

    private static readonly Parser<ExprSyntax> Multiplicative = Chain(Symbol("*", "/"), Unary);

    private static readonly Parser<ExprSyntax> Additive = Chain(Symbol("+", "-"), Multiplicative);

    private static readonly Parser<(CompareOperator Operator, TextSpan Span)> CompareOperatorToken =
        Symbol("==", "=", "!=", ">=", ">", "<=", "<", "=~", "!~").Select(symbol => (symbol.Text switch
        {
            "==" or "=" => CompareOperator.Equal,
            "!=" => CompareOperator.NotEqual,
            ">=" => CompareOperator.GreaterOrEqual,
            ">" => CompareOperator.Greater,
            "<=" => CompareOperator.LessOrEqual,
            "<" => CompareOperator.Less,
            "=~" => CompareOperator.Matches,
            _ => CompareOperator.NotMatches,
        }, symbol.Span))
        .XOr(Keyword("contains").Select(name => (CompareOperator.Contains, name.Span)))
        .XOr(Keyword("startswith").Select(name => (CompareOperator.StartsWith, name.Span)))
        .XOr(Keyword("endswith").Select(name => (CompareOperator.EndsWith, name.Span)));

    private static readonly Parser<(IReadOnlyList<ExprSyntax> Items, TextSpan Span)> InList = List(Expression);

    private static readonly Parser<Func<ExprSyntax, ExprSyntax>> ComparisonTail =
        (from op in CompareOperatorToken
         from right in Additive
         select (Func<ExprSyntax, ExprSyntax>)(left => new CompareExpr(op.Operator, left, right, op.Span, TextSpan.Covering(left.Span, right.Span))))
        .XOr(from not in Keyword("not", "not in")
             from keyword in Keyword("in")
             from list in InList
             select InTail(negated: true, TextSpan.Covering(not.Span, keyword.Span), list))
        .XOr(from keyword in Keyword("notin")
             from list in InList
             select InTail(negated: true, keyword.Span, list))
        .XOr(from keyword in Keyword("in")
             from list in InList
             select InTail(negated: false, keyword.Span, list));

    private static readonly Parser<ExprSyntax> Comparison =
        from left in Additive
        from tail in ComparisonTail.XOptional()
        select tail.IsDefined ? tail.Get()(left) : left;

    private static readonly Parser<ExprSyntax> NotExpression =
        from nots in Keyword("not").XMany()
        from operand in Comparison
        select nots.Reverse().Aggregate(operand, (inner, not) => new NotExpr(inner, TextSpan.Covering(not.Span, inner.Span)));

    private static readonly Parser<ExprSyntax> AndExpression = Chain(Keyword("and"), NotExpression);

    private static readonly Parser<ExprSyntax> OrExpression = Chain(Keyword("or"), AndExpression);

    private static readonly Parser<SortKey> SortKeyParser =
        from expression in Expression
        from direction in Keyword("asc").XOr(Keyword("desc")).XOptional()
        select new SortKey(expression, direction.IsDefined ? direction.Get().Text.Equals("desc", StringComparison.OrdinalIgnoreCase) : null);

    private static readonly Parser<Name?> Alias =
        (from keyword in Keyword("as")
         from alias in Identifier(Expectations.Alias)
         select alias).XOptional().Select(alias => alias.GetOrDefault());

    private static readonly Parser<Projection> ProjectionParser =
        from expression in Expression
        from alias in Alias
        select new Projection(expression, alias);

    private static readonly Parser<AggregateItem> AggregateItemParser =
        from function in Identifier(Expectations.Function)
        from call in AggregateCall(function)
        from alias in Alias
        select call with { Alias = alias, Span = TextSpan.Covering(function.Span, alias?.Span ?? call.Span) };

    private static readonly Dictionary<string, Func<Name, Parser<StageSyntax>>> StageParsers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["where"] = name => InParentheses(Expression).Select(condition => (StageSyntax)new WhereStage(name, condition)),
        ["select"] = SelectStageParser,
        ["project"] = SelectStageParser,
        ["sort"] = SortStageParser,
        ["orderBy"] = SortStageParser,
        ["limit"] = LimitStageParser,
        ["take"] = LimitStageParser,
        ["top"] = name => InParentheses(
            from count in WholeNumber(TopCount)
            from comma in Comma
            from key in SortKeyParser
            select (StageSyntax)new TopStage(name, count, key)),
        ["groupBy"] = name => InParentheses(Expression.XDelimitedBy(Comma)).Select(keys => (StageSyntax)new GroupByStage(name, keys.ToList())),
        ["count"] = AggregateStageParser,
        ["sum"] = AggregateStageParser,
        ["avg"] = AggregateStageParser,
        ["min"] = AggregateStageParser,
        ["max"] = AggregateStageParser,
        ["aggregate"] = name => InParentheses(AggregateItemParser.XDelimitedBy(Comma))
            .Select(items => (StageSyntax)new AggregateStage(name, items.ToList())),
        ["distinct"] = name => InParentheses(Expression.XDelimitedBy(Comma)).Select(keys => (StageSyntax)new DistinctStage(name, keys.ToList())),
    };

    /// <summary>The stage names in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> StageNames { get; } =
        ["where", "select", "project", "sort", "orderBy", "limit", "take", "top", "groupBy", "count", "sum", "avg", "min", "max", "aggregate", "distinct"];

    private static readonly Parser<StageSyntax> Stage =
        from dot in Symbol(".")
        from name in Identifier(Expectations.Operation)
        from stage in StageParsers.TryGetValue(name.Text, out var parser) ? parser(name) : UnknownStage(name)
        select stage;

    private static readonly Parser<(IReadOnlyList<LiteralExpr> Items, TextSpan Span)> MatcherList = List(MatcherValue);

    private static readonly Parser<MatcherSyntax> Matcher =
        from head in Identifier(Expectations.Matcher)
        from segments in Segment.XMany()
        let key = Path(head, segments)
        from matcher in
            (from op in MatcherOperator
             from value in MatcherValue
             select new MatcherSyntax(key, op.Operator, op.Span, [value], TextSpan.Covering(key.Span, value.Span)))
            .XOr(from not in Keyword("not", "not in")
                 from keyword in Keyword("in")
                 from list in MatcherList
                 select new MatcherSyntax(key, MatchOperator.NotIn, TextSpan.Covering(not.Span, keyword.Span), list.Items, TextSpan.Covering(key.Span, list.Span)))
            .XOr(from keyword in Keyword("notin")
                 from list in MatcherList
                 select new MatcherSyntax(key, MatchOperator.NotIn, keyword.Span, list.Items, TextSpan.Covering(key.Span, list.Span)))
            .XOr(from keyword in Keyword("in")
                 from list in MatcherList
                 select new MatcherSyntax(key, MatchOperator.In, keyword.Span, list.Items, TextSpan.Covering(key.Span, list.Span)))
        select matcher;

    private static readonly Parser<SourceSyntax> Source =
        from kind in Identifier(Expectations.Kind)
        from matchers in
            (from open in Symbol("(")
             from list in Matcher.XDelimitedBy(Comma).XOptional()
             from close in Symbol(")")
             select list.GetOrElse([]))
            .XOptional()
        select new SourceSyntax(kind, matchers.GetOrElse([]).ToList());

    /// <summary>The whole query, up to an optional <c>;</c>; the caller checks that nothing follows.</summary>
    public static Parser<QuerySyntax> Query { get; } =
        from source in Source
        from stages in Stage.XMany()
        from end in Symbol(";").XOptional()
        select new QuerySyntax(source, stages.ToList());

    private static Parser<T> Defer<T>(Func<Parser<T>> parser) => input => parser()(input);

    /// <summary>
    /// A left-associative chain, <c>a + b - c</c>, committed like <c>XChainOperator</c> (an operator followed by no operand
    /// is an error) but in a loop: Sprache's version recurses once per operator, and a 4,096-character query can hold two
    /// thousand of them, enough to overflow a thread's stack, which .NET cannot catch (notes/sprache.md P13).
    /// </summary>
    private static Parser<ExprSyntax> Chain(Parser<Name> op, Parser<ExprSyntax> operand) => input =>
    {
        var first = operand(input);
        if (!first.WasSuccessful)
        {
            return first;
        }

        var value = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            var symbol = op(rest);
            if (!symbol.WasSuccessful)
            {
                return symbol.Remainder.Equals(rest)
                    ? Result.Success(value, rest)
                    : Result.Failure<ExprSyntax>(symbol.Remainder, symbol.Message, symbol.Expectations);
            }

            var next = operand(symbol.Remainder);
            if (!next.WasSuccessful)
            {
                return next;
            }

            value = Binary(symbol.Value, value, next.Value);
            rest = next.Remainder;
        }
    };

    private static Parser<T> InParentheses<T>(Parser<T> body) =>
        from open in Symbol("(")
        from value in body
        from close in Symbol(")")
        select value;

    private static Parser<(IReadOnlyList<T> Items, TextSpan Span)> List<T>(Parser<T> item) =>
        (from open in Symbol("(")
         from items in item.XDelimitedBy(Comma)
         from close in Symbol(")")
         select ((IReadOnlyList<T>)items.ToList(), TextSpan.Covering(open.Span, close.Span)))
        .XOr(from open in Symbol("[")
             from items in item.XDelimitedBy(Comma)
             from close in Symbol("]")
             select ((IReadOnlyList<T>)items.ToList(), TextSpan.Covering(open.Span, close.Span)));

    private static Func<ExprSyntax, ExprSyntax> InTail(bool negated, TextSpan operatorSpan, (IReadOnlyList<ExprSyntax> Items, TextSpan Span) list) =>
        left => new InExpr(left, negated, list.Items, operatorSpan, TextSpan.Covering(left.Span, list.Span));

    private static Parser<StageSyntax> SelectStageParser(Name name) =>
        InParentheses(ProjectionParser.XDelimitedBy(Comma)).Select(columns => (StageSyntax)new SelectStage(name, columns.ToList()));

    private static Parser<StageSyntax> SortStageParser(Name name) =>
        InParentheses(SortKeyParser.XDelimitedBy(Comma)).Select(keys => (StageSyntax)new SortStage(name, keys.ToList()));

    private static Parser<StageSyntax> LimitStageParser(Name name) =>
        InParentheses(WholeNumber(LimitCount)).Select(count => (StageSyntax)new LimitStage(name, count));

    private static Parser<StageSyntax> AggregateStageParser(Name name) =>
        AggregateCall(name).Select(item => (StageSyntax)new AggregateStage(name, [item]));

    /// <summary>The parenthesised part of <c>count()</c> or <c>sum(x)</c>, chosen by the function name already read.</summary>
    private static Parser<AggregateItem> AggregateCall(Name function)
    {
        AggregateFunction? known = function.Text.ToLowerInvariant() switch
        {
            "count" => AggregateFunction.Count,
            "sum" => AggregateFunction.Sum,
            "avg" => AggregateFunction.Avg,
            "min" => AggregateFunction.Min,
            "max" => AggregateFunction.Max,
            _ => null,
        };
        if (known is not { } aggregate)
        {
            return Unknown<AggregateItem>(function, "aggregate", ["count", "sum", "avg", "min", "max"]);
        }

        return aggregate == AggregateFunction.Count
            ? from open in Symbol("(")
              from close in Symbol(")")
              select new AggregateItem(aggregate, null, null, TextSpan.Covering(function.Span, close.Span))
            : from open in Symbol("(")
              from argument in Expression
              from close in Symbol(")")
              select new AggregateItem(aggregate, argument, null, TextSpan.Covering(function.Span, close.Span));
    }

    private static Parser<StageSyntax> UnknownStage(Name name) => Unknown<StageSyntax>(name, "operation", StageNames);

    /// <summary>A hard error at a name already read: an unknown stage or aggregate, with the closest known name.</summary>
    private static Parser<T> Unknown<T>(Name name, string what, IReadOnlyList<string> known) => input =>
    {
        var at = (TrackingInput)input;
        var suggestion = Suggestions.Closest(name.Text, known);
        var message = $"unknown {what} '{name.Text}'"
            + (suggestion is null ? "." : $"; did you mean '{suggestion}'?")
            + $" Valid {what}s: {string.Join(", ", known)}";
        at.Tracker.Fail(new HardError(DiagnosticCodes.UnknownOperation, message, name.Span, Suggestion: suggestion));
        return Result.Failure<T>(at, message, []);
    };

    private static BinaryExpr Binary(Name op, ExprSyntax left, ExprSyntax right)
    {
        var binary = op.Text.ToLowerInvariant() switch
        {
            "+" => BinaryOperator.Add,
            "-" => BinaryOperator.Subtract,
            "*" => BinaryOperator.Multiply,
            "/" => BinaryOperator.Divide,
            "and" => BinaryOperator.And,
            _ => BinaryOperator.Or,
        };
        return new BinaryExpr(binary, left, right, op.Span, TextSpan.Covering(left.Span, right.Span));
    }

    private static PathExpr Path(Name head, IEnumerable<PathSegment> rest)
    {
        List<PathSegment> segments = [new PathSegment(head.Text, null, null, head.Span), .. rest];
        var span = TextSpan.Covering(head.Span, segments[^1].Span);
        return new PathExpr(segments, span);
    }

    private static LiteralExpr Literal(LiteralKind kind, Name name) => new(kind, name.Text, null, 0, [], name.Span);
}
