using System.Globalization;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Parsing;

/// <summary>Reads numbers and unit literals (<c>80</c>, <c>0.5</c>, <c>500m</c>, <c>2Gi</c>, <c>80%</c>, <c>1h30m</c>).</summary>
/// <remarks>
/// Numbers are read with the invariant culture from ASCII digits (notes/sprache.md P8, P9). The suffix is kept as written:
/// whether <c>5m</c> means millicores or minutes depends on the field it meets, which only the binder knows.
/// </remarks>
internal static class NumberScanner
{
    public static readonly IReadOnlySet<string> QuantitySuffixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
    };

    public static readonly IReadOnlySet<string> DurationSuffixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ms", "s", "m", "h", "d", "w",
    };

    private static readonly Dictionary<string, string> Mistakes = new(StringComparer.Ordinal)
    {
        ["KB"] = "'Ki' or 'k'",
        ["kB"] = "'Ki' or 'k'",
        ["K"] = "'Ki' or 'k'",
        ["Kb"] = "'Ki' or 'k'",
        ["MB"] = "'Mi' or 'M'",
        ["Mb"] = "'Mi' or 'M'",
        ["mb"] = "'Mi' or 'M'",
        ["mi"] = "'Mi'",
        ["GB"] = "'Gi' or 'G'",
        ["Gb"] = "'Gi' or 'G'",
        ["gb"] = "'Gi' or 'G'",
        ["g"] = "'Gi' or 'G'",
        ["gi"] = "'Gi'",
        ["TB"] = "'Ti' or 'T'",
        ["Tb"] = "'Ti' or 'T'",
        ["tb"] = "'Ti' or 'T'",
        ["ki"] = "'Ki'",
        ["min"] = "'m'",
        ["mins"] = "'m'",
        ["minute"] = "'m'",
        ["minutes"] = "'m'",
        ["sec"] = "'s'",
        ["secs"] = "'s'",
        ["second"] = "'s'",
        ["seconds"] = "'s'",
        ["hr"] = "'h'",
        ["hrs"] = "'h'",
        ["hour"] = "'h'",
        ["hours"] = "'h'",
        ["H"] = "'h'",
        ["day"] = "'d'",
        ["days"] = "'d'",
        ["D"] = "'d'",
        ["week"] = "'w'",
        ["weeks"] = "'w'",
    };

    /// <summary>Scans a number literal at <paramref name="offset"/>, which must hold an ASCII digit.</summary>
    /// <returns>The literal and its end, or a hard error.</returns>
    public static (LiteralExpr? Literal, int End, HardError? Error) Scan(string text, int offset)
    {
        var (number, end) = ReadNumber(text, offset);
        if (end < text.Length && text[end] == '%')
        {
            end++;
            return (Unit(text, offset, end, [new UnitPart(number, "%")]), end, null);
        }

        if (end >= text.Length || !Lexer.IsLetter(text[end]))
        {
            var span = new TextSpan(offset, end - offset);
            return (new LiteralExpr(LiteralKind.Number, text[offset..end], null, number, [], span), end, null);
        }

        var parts = new List<UnitPart>();
        while (true)
        {
            var suffixEnd = Lexer.Scan(text, end, Lexer.IsLetter);
            var suffix = text[end..suffixEnd];
            var compound = parts.Count > 0 || (suffixEnd < text.Length && Lexer.IsDigit(text[suffixEnd]));
            var known = compound ? DurationSuffixes.Contains(suffix) : QuantitySuffixes.Contains(suffix) || DurationSuffixes.Contains(suffix);
            if (!known)
            {
                return (null, suffixEnd, UnknownUnit(text, offset, end, suffix, compound));
            }

            parts.Add(new UnitPart(number, suffix));
            end = suffixEnd;
            if (end >= text.Length || !Lexer.IsDigit(text[end]))
            {
                return (Unit(text, offset, end, parts), end, null);
            }

            var partStart = end;
            (number, end) = ReadNumber(text, end);
            if (end >= text.Length || !Lexer.IsLetter(text[end]))
            {
                return (null, end, new HardError(
                    DiagnosticCodes.UnknownUnit,
                    $"'{text[partStart..end]}' in the duration {text[offset..end]} has no unit; every part of a compound duration needs one of ms, s, m, h, d, w",
                    new TextSpan(partStart, end - partStart)));
            }
        }
    }

    private static (double Number, int End) ReadNumber(string text, int offset)
    {
        var end = Lexer.Scan(text, offset, Lexer.IsDigit);
        if (end + 1 < text.Length && text[end] == '.' && Lexer.IsDigit(text[end + 1]))
        {
            end = Lexer.Scan(text, end + 1, Lexer.IsDigit);
        }

        return (double.Parse(text.AsSpan(offset, end - offset), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), end);
    }

    private static LiteralExpr Unit(string text, int offset, int end, IReadOnlyList<UnitPart> parts) =>
        new(LiteralKind.Unit, text[offset..end], null, 0, parts, new TextSpan(offset, end - offset));

    private static HardError UnknownUnit(string text, int offset, int suffixStart, string suffix, bool compound)
    {
        var span = new TextSpan(suffixStart, suffix.Length);
        var number = text[offset..suffixStart];
        if (Mistakes.TryGetValue(suffix, out var instead))
        {
            return new HardError(
                DiagnosticCodes.UnknownUnit,
                $"unknown unit '{suffix}' after number {number} (did you mean {instead}?)",
                span,
                Suggestion: instead.Split('\'')[1]);
        }

        var known = compound
            ? "a compound duration takes ms, s, m, h, d and w"
            : "units are n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei for quantities, ms, s, m, h, d, w for durations and % for percentages";
        return new HardError(DiagnosticCodes.UnknownUnit, $"unknown unit '{suffix}' after number {number}; {known}", span);
    }
}
