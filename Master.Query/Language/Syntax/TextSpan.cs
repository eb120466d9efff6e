namespace Master.Query.Language.Syntax;

/// <summary>A span of query text in UTF-16 code units, as the diagnostics report it.</summary>
/// <param name="Offset">0-based start.</param>
/// <param name="Length">Length; 0 for a position.</param>
internal readonly record struct TextSpan(int Offset, int Length)
{
    public int End => Offset + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Covering(TextSpan first, TextSpan last) => new(first.Offset, last.End - first.Offset);
}

/// <summary>A name as written: a kind, a stage, a function, an alias.</summary>
internal sealed record Name(string Text, TextSpan Span);
