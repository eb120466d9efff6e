using Master.Query.Language.Syntax;

namespace Master.Query.Language.Parsing;

/// <summary>
/// The depth limit of a parsed expression tree. Brackets are limited before parsing, but a chain of operators
/// (<c>a + a + ...</c>, <c>- - - x</c>) builds a tree as deep as it is long, and the binder walks trees recursively: two
/// thousand levels would overflow a thread's stack, which cannot be caught. No hand-written query comes near the limit.
/// </summary>
internal static class ExpressionDepth
{
    public const int MaxDepth = 256;

    /// <summary>The first node deeper than <see cref="MaxDepth"/>, as an error; null when the query is within it.</summary>
    public static HardError? Check(QuerySyntax query)
    {
        var pending = new Stack<(ExprSyntax Node, int Depth)>();
        foreach (var root in Roots(query))
        {
            pending.Push((root, 1));
        }

        while (pending.TryPop(out var entry))
        {
            if (entry.Depth > MaxDepth)
            {
                return new HardError(
                    DiagnosticCodes.TooDeep,
                    $"expression is nested too deeply (more than {MaxDepth} operators inside one another); split it into simpler conditions",
                    entry.Node.Span);
            }

            foreach (var child in Children(entry.Node))
            {
                pending.Push((child, entry.Depth + 1));
            }
        }

        return null;
    }

    private static IEnumerable<ExprSyntax> Roots(QuerySyntax query) => query.Stages.SelectMany(stage => stage switch
    {
        WhereStage where => [where.Condition],
        SelectStage select => select.Columns.Select(column => column.Expression),
        SortStage sort => sort.Keys.Select(key => key.Expression),
        TopStage top => [top.Key.Expression],
        GroupByStage groupBy => groupBy.Keys,
        AggregateStage aggregate => aggregate.Items.Where(item => item.Argument is not null).Select(item => item.Argument!),
        DistinctStage distinct => distinct.Keys,
        _ => [],
    });

    private static IEnumerable<ExprSyntax> Children(ExprSyntax node) => node switch
    {
        NegateExpr negate => [negate.Operand],
        NotExpr not => [not.Operand],
        BinaryExpr binary => [binary.Left, binary.Right],
        CompareExpr compare => [compare.Left, compare.Right],
        InExpr @in => [@in.Operand, .. @in.Items],
        ListExpr list => list.Items,
        CallExpr call => call.Arguments,
        _ => [],
    };
}
