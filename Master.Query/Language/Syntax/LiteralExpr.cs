namespace Master.Query.Language.Syntax;

/// <summary>What kind of literal the text holds; the binder gives it a type from the field it meets.</summary>
internal enum LiteralKind
{
    /// <summary>A quoted or raw string.</summary>
    String,

    /// <summary>An unquoted word, allowed only as a matcher value (<c>status=Running</c>).</summary>
    Word,

    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A number with a unit suffix, a percentage or a compound duration (<c>500m</c>, <c>80%</c>, <c>1h30m</c>).</summary>
    Unit,

    True,

    False,

    Null,
}

/// <summary>One number and its suffix within a unit literal: <c>1h30m</c> has two.</summary>
/// <param name="Number">The number.</param>
/// <param name="Suffix">The suffix as written, case kept: <c>m</c>, <c>Mi</c>, <c>%</c>.</param>
internal readonly record struct UnitPart(double Number, string Suffix);

/// <summary>A literal: a string, a word, a number, a unit literal, true, false or null.</summary>
/// <param name="Kind">Which of them.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Value">The decoded text of a string or word; null otherwise.</param>
/// <param name="Number">The number of a plain number; 0 otherwise.</param>
/// <param name="Units">The parts of a unit literal; empty otherwise.</param>
/// <param name="Span">Where it is written.</param>
internal sealed record LiteralExpr(LiteralKind Kind, string Text, string? Value, double Number, IReadOnlyList<UnitPart> Units, TextSpan Span)
    : ExprSyntax(Span);
