using Master.Query.Language.Syntax;

namespace Master.Query.Language.Parsing;

/// <summary>Parses query text into syntax, or gives the first syntax error (Sprache has no error recovery).</summary>
internal static class QueryParser
{
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (QueryLimits.Check(text) is { } limit)
        {
            return new ParseResult(null, SyntaxDiagnostics.FromHardError(text, limit));
        }

        var tracker = new FailureTracker();
        var result = QueryGrammar.Query(TrackingInput.Start(text, tracker));
        if (tracker.Hard is { } hard)
        {
            return new ParseResult(null, SyntaxDiagnostics.FromHardError(text, hard));
        }

        if (result.WasSuccessful && result.Remainder.AtEnd)
        {
            return ExpressionDepth.Check(result.Value) is { } tooDeep
                ? new ParseResult(null, SyntaxDiagnostics.FromHardError(text, tooDeep))
                : new ParseResult(result.Value, null);
        }

        if (result.WasSuccessful)
        {
            tracker.Expect(result.Remainder.Position, Expectations.EndOfQuery);
        }

        return new ParseResult(null, SyntaxDiagnostics.FromFurthestFailure(text, tracker));
    }
}

/// <summary>The syntax of a query, or the syntax error that stopped it.</summary>
internal sealed record ParseResult(QuerySyntax? Syntax, QueryDiagnostic? Error);
