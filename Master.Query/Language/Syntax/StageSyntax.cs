namespace Master.Query.Language.Syntax;

/// <summary>A pipeline stage: <c>.where(...)</c>, <c>.sort(...)</c>, ...</summary>
internal abstract record StageSyntax(Name Name);

internal sealed record WhereStage(Name Name, ExprSyntax Condition) : StageSyntax(Name);

/// <summary>A <c>select</c> column.</summary>
internal sealed record Projection(ExprSyntax Expression, Name? Alias);

internal sealed record SelectStage(Name Name, IReadOnlyList<Projection> Columns) : StageSyntax(Name);

/// <summary>A sort key; <see cref="Descending"/> is null when neither asc nor desc is written.</summary>
internal sealed record SortKey(ExprSyntax Expression, bool? Descending);

internal sealed record SortStage(Name Name, IReadOnlyList<SortKey> Keys) : StageSyntax(Name);

internal sealed record LimitStage(Name Name, LiteralExpr Count) : StageSyntax(Name);

internal sealed record TopStage(Name Name, LiteralExpr Count, SortKey Key) : StageSyntax(Name);

internal sealed record GroupByStage(Name Name, IReadOnlyList<ExprSyntax> Keys) : StageSyntax(Name);

/// <summary>The aggregate functions.</summary>
internal enum AggregateFunction
{
    Count,
    Sum,
    Avg,
    Min,
    Max,
}

/// <summary>One aggregate: <c>count()</c>, <c>sum(restarts) as total</c>.</summary>
internal sealed record AggregateItem(AggregateFunction Function, ExprSyntax? Argument, Name? Alias, TextSpan Span);

/// <summary><c>count()</c>, <c>sum(x)</c>, ... and <c>aggregate(...)</c>: each is one list of aggregates.</summary>
internal sealed record AggregateStage(Name Name, IReadOnlyList<AggregateItem> Items) : StageSyntax(Name);

internal sealed record DistinctStage(Name Name, IReadOnlyList<ExprSyntax> Keys) : StageSyntax(Name);
