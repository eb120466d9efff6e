using Master.Query.Language.Syntax;

namespace Master.Query.Language.Parsing;

/// <summary>
/// The limits checked before parsing: the grammar recurses once per nesting level, and a stack overflow cannot be caught
/// in .NET (notes/sprache.md P13), so a query never reaches the parser deeper than <see cref="MaxDepth"/>.
/// </summary>
internal static class QueryLimits
{
    public const int MaxLength = 4096;
    public const int MaxDepth = 32;

    public static HardError? Check(string text)
    {
        if (text.Length > MaxLength)
        {
            return new HardError(
                DiagnosticCodes.TooLong,
                $"query is too long: {text.Length:N0} characters, the limit is {MaxLength:N0}",
                new TextSpan(MaxLength, text.Length - MaxLength),
                Hint: "split it into several queries, or narrow it with matchers");
        }

        var depth = 0;
        foreach (var at in Lexer.Brackets(text, text.Length))
        {
            if (text[at] is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (++depth > MaxDepth)
            {
                return new HardError(
                    DiagnosticCodes.TooDeep,
                    $"expression is nested too deeply (more than {MaxDepth} levels of parentheses and brackets)",
                    new TextSpan(at, 1));
            }
        }

        return null;
    }
}
