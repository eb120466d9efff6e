using System.Globalization;
using Master.Query.Language.Parsing;
using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>
/// Gives a literal its value in the base unit of the type it meets (query-dsl.md §6): <c>5m</c> is 5 millicores on a CPU
/// field and 300 seconds on a duration, <c>2Gi</c> is 2,147,483,648 bytes, <c>80%</c> is 0.8.
/// </summary>
internal static class Literals
{
    private static readonly Dictionary<string, double> CpuMillicores = new(StringComparer.Ordinal)
    {
        ["n"] = 1e-6,
        ["u"] = 1e-3,
        ["m"] = 1,
        ["k"] = 1e6,
    };

    private static readonly Dictionary<string, double> Bytes = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3,
        ["M"] = 1e6,
        ["G"] = 1e9,
        ["T"] = 1e12,
        ["P"] = 1e15,
        ["E"] = 1e18,
        ["Ki"] = 1L << 10,
        ["Mi"] = 1L << 20,
        ["Gi"] = 1L << 30,
        ["Ti"] = 1L << 40,
        ["Pi"] = 1L << 50,
        ["Ei"] = 1L << 60,
    };

    private static readonly Dictionary<string, double> Seconds = new(StringComparer.Ordinal)
    {
        ["ms"] = 0.001,
        ["s"] = 1,
        ["m"] = 60,
        ["h"] = 3600,
        ["d"] = 86400,
        ["w"] = 604800,
    };

    /// <summary>The value of <paramref name="literal"/> as a <paramref name="type"/>, or why it cannot be one.</summary>
    /// <param name="literal">The literal.</param>
    /// <param name="type">The type of what it is compared with.</param>
    /// <param name="subject">The name of what it is compared with, for the message.</param>
    public static LiteralValue Resolve(LiteralExpr literal, FieldType type, string subject)
    {
        switch (literal.Kind)
        {
            case LiteralKind.Null:
                return LiteralValue.Of(null);
            case LiteralKind.True or LiteralKind.False:
                return type is FieldType.Bool ? LiteralValue.Of(literal.Kind == LiteralKind.True) : Mismatch(literal, type, subject);
            case LiteralKind.String or LiteralKind.Word:
                return FromText(literal, type, subject);
            case LiteralKind.Number:
                return FromNumber(literal, type, subject);
            default:
                return FromUnit(literal, type, subject);
        }
    }

    /// <summary>The natural value of a literal that meets no typed operand: a plain number, a duration, a percentage, text.</summary>
    public static (FieldType Type, object? Value)? Natural(LiteralExpr literal) => literal.Kind switch
    {
        LiteralKind.String or LiteralKind.Word => (FieldType.Text, literal.Value),
        LiteralKind.Number => (FieldType.Number, literal.Number),
        LiteralKind.True => (FieldType.Bool, true),
        LiteralKind.False => (FieldType.Bool, false),
        LiteralKind.Null => (FieldType.Null, null),
        _ when literal.Units is [{ Suffix: "%" } percent] => (FieldType.Percent, percent.Number / 100),
        _ when literal.Units.All(part => Seconds.ContainsKey(part.Suffix)) => (FieldType.Duration, literal.Units.Sum(part => part.Number * Seconds[part.Suffix])),
        _ when literal.Units is [{ } part] && Bytes.TryGetValue(part.Suffix, out var factor) => (FieldType.Memory, part.Number * factor),
        _ => null,
    };

    private static LiteralValue FromText(LiteralExpr literal, FieldType type, string subject)
    {
        var text = literal.Value ?? string.Empty;
        switch (type)
        {
            case FieldType.Text or FieldType.Enum or FieldType.Null or FieldType.Map:
                return LiteralValue.Of(text);
            case FieldType.Bool when bool.TryParse(text, out var flag):
                return LiteralValue.Of(flag);
            case FieldType.Time when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant):
                return LiteralValue.Of(instant.ToUnixTimeMilliseconds() / 1000.0);
        }

        if (type.IsNumeric() && text.Length > 0 && Lexer.IsDigit(text[0]))
        {
            var (number, end, error) = NumberScanner.Scan(text, 0);
            if (error is null && end == text.Length)
            {
                return Resolve(number! with { Span = literal.Span }, type, subject) is { Error: null } resolved ? resolved : Mismatch(literal, type, subject);
            }
        }

        return Mismatch(literal, type, subject);
    }

    private static LiteralValue FromNumber(LiteralExpr literal, FieldType type, string subject) => type switch
    {
        FieldType.Cpu => LiteralValue.Of(literal.Number * 1000),
        FieldType.Memory or FieldType.Number => LiteralValue.Of(literal.Number),
        FieldType.Int when literal.Number == Math.Floor(literal.Number) => LiteralValue.Of(literal.Number),
        FieldType.Text or FieldType.Enum => LiteralValue.Of(literal.Text),
        FieldType.Null => LiteralValue.Of(literal.Number),
        FieldType.Percent => Mismatch(literal, type, subject, $"write {literal.Text}% for a percentage"),
        _ => Mismatch(literal, type, subject),
    };

    private static LiteralValue FromUnit(LiteralExpr literal, FieldType type, string subject)
    {
        var parts = literal.Units;
        var single = parts.Count == 1 ? parts[0] : (UnitPart?)null;
        switch (type)
        {
            case FieldType.Percent when single is { Suffix: "%" } percent:
                return LiteralValue.Of(percent.Number / 100);
            case FieldType.Cpu when single is { } part && CpuMillicores.TryGetValue(part.Suffix, out var millicores):
                return LiteralValue.Of(part.Number * millicores);
            case FieldType.Memory when single is { } part && Bytes.TryGetValue(part.Suffix, out var bytes):
                return LiteralValue.Of(part.Number * bytes);
            case FieldType.Memory when single is { Suffix: "m" }:
                return Mismatch(literal, type, subject, "'m' means milli; for mebibytes write 'Mi'");
            case FieldType.Duration when parts.All(part => Seconds.ContainsKey(part.Suffix)):
                return LiteralValue.Of(parts.Sum(part => part.Number * Seconds[part.Suffix]));
            case FieldType.Text or FieldType.Enum or FieldType.Null:
                return LiteralValue.Of(literal.Text);
            case FieldType.Time when parts.All(part => Seconds.ContainsKey(part.Suffix)):
                return Mismatch(literal, type, subject, $"for an instant that long ago write ago({literal.Text})");
            default:
                return Mismatch(literal, type, subject);
        }
    }

    private static LiteralValue Mismatch(LiteralExpr literal, FieldType type, string subject, string? hint = null)
    {
        var message = type.IsText()
            ? $"'{subject}' is text; compare it with text in quotes, not {literal.Text}"
            : $"'{subject}' is compared with {literal.Text}, but it expects {type.Expectation()}";
        return new LiteralValue(null, hint is null ? message : $"{message} ({hint})", hint);
    }
}

/// <summary>A literal's value in the base unit of its type, or the error that it does not fit.</summary>
internal sealed record LiteralValue(object? Value, string? Error, string? Hint)
{
    public static LiteralValue Of(object? value) => new(value, null, null);
}
