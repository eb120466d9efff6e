using Master.Query.Language.Syntax;

namespace Master.Query.Language.Parsing;

/// <summary>
/// Turns the furthest failure into one diagnostic: <c>unexpected &lt;token as written&gt;; expected &lt;grouped list&gt;</c>,
/// with the hints of notes/sprache.md ("')' to close the '(' at column 27", "write 'and' instead of '&amp;&amp;'", "did you
/// mean 'desc'?").
/// </summary>
internal static class SyntaxDiagnostics
{
    private const string ExpressionGroup = "an expression";
    private const string ValueGroup = "a value";
    private const string OperatorGroup = "an operator";
    private const string MatcherOperatorGroup = "a matcher operator";
    private const string ListGroup = "a list";

    private static readonly HashSet<string> ExpressionStarts =
        [Expectations.String, Expectations.Number, Expectations.Field, "'('", "'['", "'-'", "true", "false", "null", "not"];

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "'=='", "'='", "'!='", "'>'", "'>='", "'<'", "'<='", "'=~'", "'!~'", "'+'", "'-'", "'*'", "'/'",
        "contains", "startswith", "endswith", "and", "or", "in", "not in", "notin",
    };

    private static readonly HashSet<string> PathContinuations = ["'.'", "'['", "'('"];

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ExpressionGroup] = "an expression (field, literal or '(')",
        [ValueGroup] = "a value (\"text\", number or word)",
        [OperatorGroup] = "an operator (==, >, and, or, in, ...)",
        [MatcherOperatorGroup] = "a matcher operator (=, !=, =~, !~, in, not in)",
        [ListGroup] = "'(' or '[' (a list such as (\"a\", \"b\"))",
        [Expectations.Kind] = "a resource kind such as pods",
        [Expectations.Operation] = "an operation such as where",
        [Expectations.Matcher] = "a matcher such as cluster=\"prod\"",
        [Expectations.Alias] = "a column name",
        [Expectations.Function] = "an aggregate such as count()",
        [Expectations.Field] = "a field",
        [Expectations.String] = "a string",
        [Expectations.Number] = "a number",
    };

    private static readonly Dictionary<string, string> SymbolicOperators = new(StringComparer.Ordinal)
    {
        ["&&"] = "and",
        ["||"] = "or",
        ["!"] = "not",
        ["&"] = "and",
        ["|"] = "or",
    };

    public static QueryDiagnostic FromHardError(string text, HardError error) =>
        Diagnostic(text, error.Code, error.Message, error.Span, [], error.Hint, error.Suggestion);

    public static QueryDiagnostic FromFurthestFailure(string text, FailureTracker tracker)
    {
        var offset = Math.Min(Math.Max(tracker.Furthest, 0), text.Length);
        var token = Token(text, offset);
        var items = Group(text, offset, tracker.Expected, token);
        var message = $"unexpected {token.Description}; expected {Join(items.Select(item => Descriptions.GetValueOrDefault(item, item)))}";
        string? hint = null;
        string? suggestion = null;
        var code = CodeFor(token, items);
        if (SymbolicOperators.TryGetValue(token.Text, out var word) && (items.Contains(OperatorGroup) || items.Contains(ExpressionGroup)))
        {
            hint = $"write '{word}' instead of '{token.Text}'";
            message += $". Hint: {hint}";
            suggestion = word;
            code = DiagnosticCodes.SymbolicOperator;
        }
        else if (token.IsIdentifier && Suggestions.Closest(token.Text, items.Where(IsKeyword)) is { } keyword)
        {
            suggestion = keyword;
            message += $". Did you mean '{keyword}'?";
        }

        return Diagnostic(text, code, message, token.Span, items, hint, suggestion);
    }

    /// <summary>
    /// Groups expectations into words a user knows; at the end of the query, a closing bracket names the bracket it closes.
    /// </summary>
    private static List<string> Group(string text, int offset, IReadOnlyList<string> expected, UnexpectedToken token)
    {
        var items = expected.ToList();
        if (token.IsIdentifier && items.Contains("'['") && items.Count > PathContinuations.Count)
        {
            items.RemoveAll(PathContinuations.Contains);
        }

        if (items.Contains(Expectations.String) && items.Contains(Expectations.Number))
        {
            items.RemoveAll(ExpressionStarts.Contains);
            items.Add(ExpressionGroup);
        }

        if (items.Remove(Expectations.Value))
        {
            items.Add(ValueGroup);
        }

        if (items.Contains("'>'") || items.Contains("and"))
        {
            items.RemoveAll(Operators.Contains);
            items.Add(OperatorGroup);
        }
        else if (items.Contains("'=~'"))
        {
            items.RemoveAll(Operators.Contains);
            items.Add(MatcherOperatorGroup);
        }

        if (items.Count == 2 && items.Contains("'('") && items.Contains("'['"))
        {
            items = [ListGroup];
        }

        var ordered = items.OrderBy(Rank).ToList();
        for (var i = 0; token.AtEnd && i < ordered.Count; i++)
        {
            if (ordered[i] is "')'" or "']'" && UnclosedBefore(text, offset, ordered[i] == "')'" ? '(' : '[') is { } open)
            {
                var at = TextPosition.Of(text, open);
                var where = at.Line == TextPosition.Of(text, offset).Line ? $"column {at.Column}" : $"line {at.Line}, column {at.Column}";
                ordered[i] = $"{ordered[i]} to close the '{text[open]}' at {where}";
            }
        }

        return ordered;
    }

    /// <summary>Punctuation first, then keywords, then descriptions, and the operator group last.</summary>
    private static int Rank(string item) => item switch
    {
        "','" => 0,
        "')'" => 1,
        "']'" => 2,
        _ when item.StartsWith('\'') => 3,
        OperatorGroup or MatcherOperatorGroup => 6,
        _ when IsKeyword(item) => 4,
        _ => 5,
    };

    private static bool IsKeyword(string item) => item.Length > 0 && Lexer.IsLetter(item[0]) && !item.Contains(' ') && !Descriptions.ContainsKey(item)
        && item is not (Expectations.Value or Expectations.EndOfQuery);

    private static string CodeFor(UnexpectedToken token, List<string> items)
    {
        if (token.AtEnd)
        {
            return DiagnosticCodes.UnexpectedEnd;
        }

        if (items.Contains(ValueGroup))
        {
            return DiagnosticCodes.MissingValue;
        }

        if (items.Contains(ExpressionGroup))
        {
            return DiagnosticCodes.MissingExpression;
        }

        if (items.Contains(ListGroup))
        {
            return DiagnosticCodes.MissingList;
        }

        return items.Any(item => item.StartsWith("a whole number", StringComparison.Ordinal))
            ? DiagnosticCodes.NotAWholeNumber
            : DiagnosticCodes.UnexpectedToken;
    }

    /// <summary>The innermost bracket of <paramref name="kind"/> still open at <paramref name="offset"/>; strings and comments skipped.</summary>
    private static int? UnclosedBefore(string text, int offset, char kind)
    {
        var open = new Stack<int>();
        foreach (var at in Lexer.Brackets(text, offset))
        {
            if (text[at] is '(' or '[')
            {
                open.Push(at);
            }
            else
            {
                open.TryPop(out _);
            }
        }

        return open.Cast<int?>().FirstOrDefault(at => text[at!.Value] == kind);
    }

    private static UnexpectedToken Token(string text, int offset)
    {
        if (offset >= text.Length)
        {
            return new UnexpectedToken("end of query", string.Empty, new TextSpan(text.Length, 0), AtEnd: true, IsIdentifier: false);
        }

        var c = text[offset];
        int end;
        if (c is '"' or '\'' or '`')
        {
            end = Lexer.StringEnd(text, offset) is var close and > 0 ? close : Lexer.LineEnd(text, offset);
            return Quoted(text, offset, end, isIdentifier: false, quote: false);
        }

        if (Lexer.IsIdentifierStart(c))
        {
            return Quoted(text, offset, Lexer.Scan(text, offset, Lexer.IsIdentifierPart), isIdentifier: true, quote: true);
        }

        if (Lexer.IsDigit(c))
        {
            return Quoted(text, offset, Lexer.Scan(text, offset, ch => Lexer.IsIdentifierPart(ch) || ch is '.' or '%'), isIdentifier: false, quote: true);
        }

        var pair = offset + 1 < text.Length ? text.Substring(offset, 2) : string.Empty;
        end = pair is "&&" or "||" or "==" or "!=" or ">=" or "<=" or "=~" or "!~" ? offset + 2 : offset + (char.IsSurrogatePair(text, offset) ? 2 : 1);
        return Quoted(text, offset, end, isIdentifier: false, quote: true);
    }

    private static UnexpectedToken Quoted(string text, int offset, int end, bool isIdentifier, bool quote)
    {
        var written = text[offset..end];
        var shown = written.Length > 40 ? written[..40] + "…" : written;
        return new UnexpectedToken(quote ? $"'{shown}'" : shown, written, new TextSpan(offset, end - offset), AtEnd: false, isIdentifier);
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}";
    }

    private static QueryDiagnostic Diagnostic(
        string text, string code, string message, TextSpan span, IReadOnlyList<string> expected, string? hint, string? suggestion)
    {
        var at = TextPosition.Of(text, span.Offset);
        return new QueryDiagnostic("error", code, "parser", message, at.Line, at.Column, span.Offset, span.Length, expected, hint, suggestion);
    }

    private sealed record UnexpectedToken(string Description, string Text, TextSpan Span, bool AtEnd, bool IsIdentifier);
}
