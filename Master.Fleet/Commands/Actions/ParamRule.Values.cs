using System.Globalization;
using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>The per-type value checks of a parameter.</summary>
internal sealed partial record ParamRule
{
    // Go's time.Duration holds at most this many whole seconds.
    private const long MaxDurationSeconds = long.MaxValue / 1_000_000_000;

    /// <summary>The problem with a present, non-null <paramref name="value"/>, or null when it is acceptable.</summary>
    private string? Problem(JsonElement value)
    {
        var fine = Type switch
        {
            ParamType.Integer => IsInteger(value, out var number) && InRange(number),
            ParamType.LooseInteger => IsLooseInteger(value, out var number) && InRange(number),
            ParamType.Number => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var real)
                && double.IsFinite(real) && real >= Min,
            ParamType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            ParamType.String => value.ValueKind == JsonValueKind.String && IsShaped(value.GetString()!),
            ParamType.Time => value.ValueKind == JsonValueKind.String && Rfc3339.TryParse(value.GetString()!, out _),
            ParamType.Sha256 => value.ValueKind == JsonValueKind.String && IsSha256(value.GetString()!),
            ParamType.Duration => DurationProblem(value) is null,
            _ => false,
        };
        if (fine)
        {
            return null;
        }

        var problem = $"{Key} must be {Expectation}; got {Shown.Json(value)}";
        var hint = Type switch
        {
            ParamType.Duration => DurationProblem(value),
            ParamType.String => CaseHint(value),
            _ => null,
        };
        return hint is null ? problem : $"{problem} ({hint})";
    }

    /// <summary>A JSON integer literal: Go's decoder refuses <c>"3"</c>, and master never rounds <c>1.5</c> for the operator.</summary>
    private static bool IsInteger(JsonElement value, out long number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && IsIntegerLiteral(value.GetRawText()) && value.TryGetInt64(out number);
    }

    /// <summary>What the agent's <c>getIntParam</c> reads exactly: a JSON integer, or a string <c>strconv.Atoi</c> parses.</summary>
    private static bool IsLooseInteger(JsonElement value, out long number)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var digits = text.StartsWith('+') || text.StartsWith('-') ? text[1..] : text;
            number = 0;
            return digits.Length > 0 && digits.All(char.IsAsciiDigit)
                && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
        }

        return IsInteger(value, out number);
    }

    private static bool IsIntegerLiteral(string raw) => !raw.Contains('.') && !raw.Contains('e') && !raw.Contains('E');

    private bool InRange(long number) => number >= Min && number <= Max;

    private bool IsShaped(string text)
    {
        if (OneOf is not null)
        {
            return OneOf.Contains(text, StringComparer.Ordinal);
        }

        return Shape switch
        {
            StringShape.Name => KubernetesName.IsPlausible(text),
            StringShape.Token => KubernetesName.IsToken(text),
            _ => true,
        };
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Why a duration is refused, or null when it is fine.</summary>
    private static string? DurationProblem(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return !GoDuration.TryParse(value.GetString()!, out var nanoseconds) ? "the agent would silently use its default instead"
                    : nanoseconds < 0 ? "a negative duration reaches into the future" : null;
            case JsonValueKind.Number:
                // The agent multiplies whole seconds (time.Duration(d) * time.Second): a fraction would be dropped.
                return IsInteger(value, out var seconds) && seconds is >= 1 and <= MaxDurationSeconds ? null
                    : $"a number of seconds must be a JSON integer from 1 to {MaxDurationSeconds}, the agent drops fractions";
            default:
                return "the agent would silently use its default instead";
        }
    }

    private string? CaseHint(JsonElement value)
    {
        if (OneOf is null || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        var match = OneOf.FirstOrDefault(candidate => string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : $"names are case-sensitive: did you mean {match}?";
    }
}
