using Master.Query.Language.Syntax;
using Sprache;

namespace Master.Query.Language.Parsing;

/// <summary>
/// The primitive parsers. Each fails at its start position without consuming anything, reports what it expected to the
/// <see cref="FailureTracker"/>, and on success consumes its token and the whitespace after it, never before
/// (notes/sprache.md P3, P4): so a committed choice (<c>XOr</c>) picks its branch from the first token alone.
/// </summary>
internal static class Tokens
{
    private static readonly (string Symbol, MatchOperator Operator)[] MatchSymbols =
    [
        ("==", MatchOperator.Equal), ("!=", MatchOperator.NotEqual), ("=~", MatchOperator.Matches),
        ("!~", MatchOperator.NotMatches), ("=", MatchOperator.Equal),
    ];

    /// <summary>A keyword: reads a whole identifier and compares it without regard to case (P6).</summary>
    public static Parser<Name> Keyword(string word) => Keyword(word, word);

    /// <summary>A keyword, expected under another name (<c>not in</c> is expected as one item).</summary>
    public static Parser<Name> Keyword(string word, string expectation) => input =>
    {
        var at = (TrackingInput)input;
        var end = IdentifierEnd(at);
        if (end - at.Position == word.Length && string.Compare(at.Source, at.Position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return Result.Success(new Name(at.Source[at.Position..end], new TextSpan(at.Position, word.Length)), at.AdvanceBy(word.Length));
        }

        return Fail<Name>(at, expectation);
    };

    /// <summary>One of several symbols, the longest first, so that <c>=</c> never cuts <c>=~</c> in two (P5).</summary>
    public static Parser<Name> Symbol(params string[] symbols)
    {
        var longestFirst = symbols.OrderByDescending(symbol => symbol.Length).ToArray();
        return input =>
        {
            var at = (TrackingInput)input;
            foreach (var symbol in longestFirst)
            {
                if (string.CompareOrdinal(at.Source, at.Position, symbol, 0, symbol.Length) == 0)
                {
                    return Result.Success(new Name(symbol, new TextSpan(at.Position, symbol.Length)), at.AdvanceBy(symbol.Length));
                }
            }

            foreach (var symbol in symbols)
            {
                at.Tracker.Expect(at.Position, $"'{symbol}'");
            }

            return Result.Failure<Name>(at, "symbol", symbols);
        };
    }

    /// <summary>An identifier that is not a reserved word.</summary>
    public static Parser<Name> Identifier(string expectation) => input =>
    {
        var at = (TrackingInput)input;
        var end = IdentifierEnd(at);
        if (end > at.Position)
        {
            var text = at.Source[at.Position..end];
            if (!Lexer.IsReserved(text))
            {
                return Result.Success(new Name(text, new TextSpan(at.Position, end - at.Position)), at.AdvanceBy(end - at.Position));
            }
        }

        return Fail<Name>(at, expectation);
    };

    /// <summary>A quoted string (<c>"…"</c>, <c>'…'</c>) with escapes, or a raw backtick string.</summary>
    public static Parser<LiteralExpr> StringLiteral { get; } = input =>
    {
        var at = (TrackingInput)input;
        if (at.AtEnd || at.Current is not ('"' or '\'' or '`'))
        {
            return Fail<LiteralExpr>(at, Expectations.String);
        }

        var end = Lexer.StringEnd(at.Source, at.Position);
        if (end < 0)
        {
            var lineEnd = Lexer.LineEnd(at.Source, at.Position);
            return Hard<LiteralExpr>(at, new HardError(
                DiagnosticCodes.UnterminatedString,
                $"unterminated string literal: missing closing {at.Current}",
                new TextSpan(at.Position, lineEnd - at.Position),
                Hint: at.Current == '`' ? null : "a string must close on the line it opens on"));
        }

        var (value, error) = Unescape(at.Source, at.Position, end);
        if (error is not null)
        {
            return Hard<LiteralExpr>(at, error);
        }

        var span = new TextSpan(at.Position, end - at.Position);
        return Result.Success(new LiteralExpr(LiteralKind.String, at.Source[at.Position..end], value, 0, [], span), at.AdvanceBy(span.Length));
    };

    /// <summary>A number, a percentage, a quantity or a duration.</summary>
    public static Parser<LiteralExpr> NumberLiteral { get; } = input =>
    {
        var at = (TrackingInput)input;
        if (at.AtEnd || !Lexer.IsDigit(at.Current))
        {
            return Fail<LiteralExpr>(at, Expectations.Number);
        }

        var (literal, end, error) = NumberScanner.Scan(at.Source, at.Position);
        return error is not null ? Hard<LiteralExpr>(at, error) : Result.Success(literal!, at.AdvanceBy(end - at.Position));
    };

    /// <summary>A whole number without a unit, for <c>limit</c> and <c>top</c>.</summary>
    public static Parser<LiteralExpr> WholeNumber(string expectation) => input =>
    {
        var at = (TrackingInput)input;
        var end = Lexer.Scan(at.Source, at.Position, Lexer.IsDigit);
        if (end == at.Position || (end < at.Source.Length && (Lexer.IsIdentifierPart(at.Source[end]) || at.Source[end] is '.' or '%')))
        {
            return Fail<LiteralExpr>(at, expectation);
        }

        var (literal, _, _) = NumberScanner.Scan(at.Source, at.Position);
        return Result.Success(literal!, at.AdvanceBy(end - at.Position));
    };

    /// <summary>
    /// A matcher value: a string, or an unquoted run of word characters read as a number or unit literal when it is one,
    /// as true, false or null, and as a bare word otherwise (<c>prod-eu-1</c>, <c>Running</c>, <c>prod-*</c>).
    /// </summary>
    public static Parser<LiteralExpr> MatcherValue { get; } = input =>
    {
        var at = (TrackingInput)input;
        if (!at.AtEnd && at.Current is '"' or '\'' or '`')
        {
            return StringLiteral(at);
        }

        var end = Lexer.Scan(at.Source, at.Position, Lexer.IsWordPart);
        if (end == at.Position)
        {
            return Fail<LiteralExpr>(at, Expectations.Value);
        }

        var text = at.Source[at.Position..end];
        var span = new TextSpan(at.Position, end - at.Position);
        var literal = text.ToLowerInvariant() switch
        {
            "true" => new LiteralExpr(LiteralKind.True, text, null, 0, [], span),
            "false" => new LiteralExpr(LiteralKind.False, text, null, 0, [], span),
            "null" => new LiteralExpr(LiteralKind.Null, text, null, 0, [], span),
            _ => AsNumber(at.Source, at.Position, end) ?? new LiteralExpr(LiteralKind.Word, text, text, 0, [], span),
        };
        return Result.Success(literal, at.AdvanceBy(span.Length));
    };

    /// <summary>
    /// A matcher operator. A comparison operator here is a hard error that says to move it into <c>where</c>: without it the
    /// user would read "expected '='" and not know why.
    /// </summary>
    public static Parser<(MatchOperator Operator, TextSpan Span)> MatcherOperator { get; } = input =>
    {
        var at = (TrackingInput)input;
        foreach (var (symbol, op) in MatchSymbols)
        {
            if (string.CompareOrdinal(at.Source, at.Position, symbol, 0, symbol.Length) == 0)
            {
                return Result.Success((op, new TextSpan(at.Position, symbol.Length)), at.AdvanceBy(symbol.Length));
            }
        }

        var comparison = new[] { ">=", "<=", ">", "<" }.FirstOrDefault(symbol => string.CompareOrdinal(at.Source, at.Position, symbol, 0, symbol.Length) == 0);
        if (comparison is not null)
        {
            return Hard<(MatchOperator, TextSpan)>(at, new HardError(
                DiagnosticCodes.ComparisonInSelector,
                $"'{comparison}' is not allowed in a selector argument; selector arguments are matchers (=, !=, =~, !~, in, not in). Move comparisons into .where(...)",
                new TextSpan(at.Position, comparison.Length)));
        }

        foreach (var (symbol, _) in MatchSymbols)
        {
            at.Tracker.Expect(at.Position, $"'{symbol}'");
        }

        return Result.Failure<(MatchOperator, TextSpan)>(at, "matcher operator", []);
    };

    private static LiteralExpr? AsNumber(string text, int offset, int end)
    {
        if (!Lexer.IsDigit(text[offset]))
        {
            return null;
        }

        var (literal, literalEnd, error) = NumberScanner.Scan(text, offset);
        return error is null && literalEnd == end ? literal : null;
    }

    private static int IdentifierEnd(TrackingInput at) =>
        !at.AtEnd && Lexer.IsIdentifierStart(at.Current) ? Lexer.Scan(at.Source, at.Position, Lexer.IsIdentifierPart) : at.Position;

    private static (string? Value, HardError? Error) Unescape(string text, int start, int end)
    {
        var quote = text[start];
        var body = text.AsSpan(start + 1, end - start - 2);
        if (quote == '`' || !body.Contains('\\'))
        {
            return (body.ToString(), null);
        }

        var value = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                value.Append(body[i]);
                continue;
            }

            var escaped = body[++i];
            switch (escaped)
            {
                case '"' or '\'' or '\\':
                    value.Append(escaped);
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                default:
                    return (null, new HardError(
                        DiagnosticCodes.BadEscape,
                        $"unknown escape '\\{escaped}' in a string; the escapes are \\\" \\' \\\\ \\n and \\t",
                        new TextSpan(start + 1 + i - 1, 2),
                        Hint: "for a regular expression, write it as a raw string in backticks: `a\\.b`"));
            }
        }

        return (value.ToString(), null);
    }

    private static IResult<T> Fail<T>(TrackingInput at, string expectation)
    {
        at.Tracker.Expect(at.Position, expectation);
        return Result.Failure<T>(at, expectation, [expectation]);
    }

    /// <summary>
    /// Records a hard error and fails as if input had been consumed, so that no committed choice tries another branch.
    /// </summary>
    private static IResult<T> Hard<T>(TrackingInput at, HardError error)
    {
        at.Tracker.Fail(error);
        return Result.Failure<T>(at.AdvanceBy(Math.Max(1, error.Span.End - at.Position)), error.Message, []);
    }
}
