namespace Master.Query.Language.Syntax;

/// <summary>A parsed query: <c>kind(matchers).stage(...)...</c>. It knows no kind or field names; the binder checks them.</summary>
internal sealed record QuerySyntax(SourceSyntax Source, IReadOnlyList<StageSyntax> Stages);

/// <summary>The resource selection: a kind and its AND-ed matchers.</summary>
internal sealed record SourceSyntax(Name Kind, IReadOnlyList<MatcherSyntax> Matchers);

/// <summary>The matcher operators of <c>kind(...)</c>.</summary>
internal enum MatchOperator
{
    Equal,
    NotEqual,
    Matches,
    NotMatches,
    In,
    NotIn,
}

/// <summary>One matcher: <c>cluster="prod"</c>, <c>app=~"web.*"</c>, <c>namespace not in ("a", "b")</c>.</summary>
/// <param name="Key">The key: a filter key, a field or a label.</param>
/// <param name="Operator">The operator.</param>
/// <param name="OperatorSpan">Where the operator is written.</param>
/// <param name="Values">The value, or the values of a list.</param>
/// <param name="Span">The whole matcher.</param>
internal sealed record MatcherSyntax(PathExpr Key, MatchOperator Operator, TextSpan OperatorSpan, IReadOnlyList<LiteralExpr> Values, TextSpan Span);
