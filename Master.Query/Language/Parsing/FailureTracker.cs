using Master.Query.Language.Syntax;

namespace Master.Query.Language.Parsing;

/// <summary>
/// Remembers the furthest place any primitive failed and what was expected there, and the first hard error.
/// </summary>
/// <remarks>
/// Sprache merges expectations from different positions and its combinators lose inner failures (notes/sprache.md P1–P4),
/// so error reporting does not read Sprache's failure results: every primitive reports here instead, at the position it
/// started from, and the furthest position is the place the user's text stopped making sense.
/// </remarks>
internal sealed class FailureTracker
{
    private readonly List<string> _expected = [];

    /// <summary>The furthest offset a primitive failed at; -1 before any failure.</summary>
    public int Furthest { get; private set; } = -1;

    /// <summary>What was expected at <see cref="Furthest"/>, in the order it was tried, without repeats.</summary>
    public IReadOnlyList<string> Expected => _expected;

    /// <summary>The first error that stops parsing outright (an unterminated string, an unknown unit, ...).</summary>
    public HardError? Hard { get; private set; }

    public void Expect(int offset, string item)
    {
        if (offset > Furthest)
        {
            Furthest = offset;
            _expected.Clear();
        }

        if (offset == Furthest && !_expected.Contains(item))
        {
            _expected.Add(item);
        }
    }

    public void Fail(HardError error) => Hard ??= error;
}

/// <summary>An error found by a primitive that no other alternative could repair.</summary>
internal sealed record HardError(string Code, string Message, TextSpan Span, string? Hint = null, string? Suggestion = null);
