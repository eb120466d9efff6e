using Master.Query.Language.Parsing;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>The query text and the errors and warnings the binder has found so far: it reports all of them at once.</summary>
internal sealed class BindContext(string text)
{
    private readonly List<QueryDiagnostic> _errors = [];
    private readonly List<QueryWarning> _warnings = [];

    public string Text { get; } = text;

    public IReadOnlyList<QueryDiagnostic> Errors => _errors;

    public IReadOnlyList<QueryWarning> Warnings => _warnings;

    /// <summary>The text of <paramref name="span"/> as written.</summary>
    public string Written(TextSpan span) => Text.Substring(span.Offset, span.Length);

    public void Error(string code, TextSpan span, string message, string? hint = null, string? suggestion = null)
    {
        var at = TextPosition.Of(Text, span.Offset);
        _errors.Add(new QueryDiagnostic("error", code, "binder", message, at.Line, at.Column, span.Offset, span.Length, [], hint, suggestion));
    }

    public void Warn(string code, string message) => _warnings.Add(new QueryWarning(null, code, message));
}
