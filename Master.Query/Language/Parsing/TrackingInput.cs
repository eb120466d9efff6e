using Sprache;

namespace Master.Query.Language.Parsing;

/// <summary>
/// Sprache input over the query text that shares one <see cref="FailureTracker"/> and remembers where the last token ended.
/// </summary>
/// <remarks>
/// Sprache's own input allocates an object and a memo dictionary per character (notes/sprache.md P15); this one moves a
/// token at a time, creates the memo dictionary only if a combinator asks for it, and computes line and column only when
/// asked (diagnostics compute their own).
/// </remarks>
internal sealed class TrackingInput : IInput
{
    private Dictionary<object, object>? _memos;

    private TrackingInput(string source, FailureTracker tracker, int position, int tokenEnd)
    {
        Source = source;
        Tracker = tracker;
        Position = position;
        TokenEnd = tokenEnd;
    }

    /// <summary>The input at the first token of <paramref name="source"/>: leading whitespace and comments are skipped once here.</summary>
    public static TrackingInput Start(string source, FailureTracker tracker) =>
        new(source, tracker, Lexer.SkipWhitespace(source, 0), 0);

    public string Source { get; }

    public FailureTracker Tracker { get; }

    public int Position { get; }

    /// <summary>Where the token before this position ended, trailing whitespace and comments excluded.</summary>
    public int TokenEnd { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    public int Line => TextPosition.Of(Source, Position).Line;

    public int Column => TextPosition.Of(Source, Position).Column;

    public IDictionary<object, object> Memos => _memos ??= [];

    public char this[int offset] => Position + offset < Source.Length ? Source[Position + offset] : '\0';

    public IInput Advance() => AdvanceBy(1);

    /// <summary>Moves past a token of <paramref name="length"/> characters and the whitespace and comments after it.</summary>
    public TrackingInput AdvanceBy(int length)
    {
        var tokenEnd = Position + length;
        return new TrackingInput(Source, Tracker, Lexer.SkipWhitespace(Source, tokenEnd), tokenEnd);
    }

    public bool Equals(IInput? other) =>
        other is TrackingInput input && ReferenceEquals(Source, input.Source) && Position == input.Position;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => HashCode.Combine(Source, Position);
}
