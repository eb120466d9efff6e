namespace Master.Query.Language.Syntax;

/// <summary>An expression of <c>where</c>, <c>select</c>, <c>sort</c>, <c>groupBy</c> and the aggregates.</summary>
internal abstract record ExprSyntax(TextSpan Span);

/// <summary>One step of a path: <c>.name</c>, <c>["key"]</c>, <c>[0]</c> or <c>[*]</c>.</summary>
/// <param name="Name">The identifier of a dotted step; null for an index.</param>
/// <param name="Key">The string of a <c>["key"]</c> index; null otherwise.</param>
/// <param name="Index">The number of a <c>[0]</c> index; null otherwise.</param>
/// <param name="Span">Where it is written.</param>
internal sealed record PathSegment(string? Name, string? Key, int? Index, TextSpan Span)
{
    public bool IsWildcard => Name is null && Key is null && Index is null;
}

/// <summary>A field reference: <c>restarts</c>, <c>containers.image</c>, <c>labels["app"]</c>.</summary>
internal sealed record PathExpr(IReadOnlyList<PathSegment> Segments, TextSpan Span) : ExprSyntax(Span)
{
    /// <summary>The dotted name of the leading identifier steps: <c>containers.image</c>; for <c>labels["app"]</c>, <c>labels</c>.</summary>
    public string DottedName => string.Join('.', Segments.TakeWhile(segment => segment.Name is not null).Select(segment => segment.Name));
}

/// <summary>A function call: <c>ago(1h)</c>, <c>lower(name)</c>.</summary>
internal sealed record CallExpr(Name Function, IReadOnlyList<ExprSyntax> Arguments, TextSpan Span) : ExprSyntax(Span);

/// <summary>Unary minus.</summary>
internal sealed record NegateExpr(ExprSyntax Operand, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>not</c>.</summary>
internal sealed record NotExpr(ExprSyntax Operand, TextSpan Span) : ExprSyntax(Span);

/// <summary>The binary operators other than comparisons.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    And,
    Or,
}

/// <summary><c>a + b</c>, <c>a and b</c>, ...</summary>
internal sealed record BinaryExpr(BinaryOperator Operator, ExprSyntax Left, ExprSyntax Right, TextSpan OperatorSpan, TextSpan Span) : ExprSyntax(Span);

/// <summary>The comparison operators.</summary>
internal enum CompareOperator
{
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Matches,
    NotMatches,
    Contains,
    StartsWith,
    EndsWith,
}

/// <summary><c>a == b</c>, <c>a contains b</c>, ...</summary>
internal sealed record CompareExpr(CompareOperator Operator, ExprSyntax Left, ExprSyntax Right, TextSpan OperatorSpan, TextSpan Span) : ExprSyntax(Span);

/// <summary><c>a in (...)</c> and <c>a not in (...)</c>.</summary>
internal sealed record InExpr(ExprSyntax Operand, bool Negated, IReadOnlyList<ExprSyntax> Items, TextSpan OperatorSpan, TextSpan Span) : ExprSyntax(Span);

/// <summary>A list written in brackets: <c>[1, 2]</c>.</summary>
internal sealed record ListExpr(IReadOnlyList<ExprSyntax> Items, TextSpan Span) : ExprSyntax(Span);
