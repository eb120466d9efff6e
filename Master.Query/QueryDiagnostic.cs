namespace Master.Query;

/// <summary>An error or a warning about query text, in the shape the web console underlines (query-dsl.md, Diagnostic contract).</summary>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Code">DSL1xxx syntax, DSL2xxx semantic, DSL3xxx runtime.</param>
/// <param name="Source"><c>parser</c>, <c>binder</c> or <c>runtime</c>.</param>
/// <param name="Message">What is wrong and, where it helps, what to write instead.</param>
/// <param name="Line">1-based line of the span's start.</param>
/// <param name="Column">1-based column of the span's start, in UTF-16 code units.</param>
/// <param name="Offset">0-based UTF-16 offset of the span's start, as JavaScript counts.</param>
/// <param name="Length">The span's length in UTF-16 code units; 0 at the end of the query.</param>
/// <param name="Expected">What the parser expected at that place; empty for other errors.</param>
/// <param name="Hint">A hint on how to fix it; null when there is none.</param>
/// <param name="Suggestion">The text to write instead of the span ("did you mean"); null when there is none.</param>
public sealed record QueryDiagnostic(
    string Severity,
    string Code,
    string Source,
    string Message,
    int Line,
    int Column,
    int Offset,
    int Length,
    IReadOnlyList<string> Expected,
    string? Hint,
    string? Suggestion);
