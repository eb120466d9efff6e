using System.Globalization;
using System.Numerics;

namespace Master.Fleet.Commands.Actions;

/// <summary>
/// Go's <c>time.ParseDuration</c> syntax (§5.4): an optional sign, then one or more <c>&lt;decimal&gt;&lt;unit&gt;</c>
/// with units ns, us (also µs), ms, s, m, h, or <c>"0"</c> alone. The agent silently replaces anything it cannot
/// parse with the action's default, so Master must accept exactly what Go accepts, overflow included.
/// </summary>
internal static class GoDuration
{
    private static readonly Dictionary<string, long> UnitNanoseconds = new(StringComparer.Ordinal)
    {
        ["ns"] = 1,
        ["us"] = 1_000,
        ["\u00b5s"] = 1_000, // MICRO SIGN, as Go spells it
        ["\u03bcs"] = 1_000, // GREEK SMALL LETTER MU, which Go accepts too
        ["ms"] = 1_000_000,
        ["s"] = 1_000_000_000,
        ["m"] = 60_000_000_000,
        ["h"] = 3_600_000_000_000,
    };

    /// <summary>Parses <paramref name="text"/> to nanoseconds; false where Go's parser would return an error.</summary>
    public static bool TryParse(string text, out long nanoseconds)
    {
        nanoseconds = 0;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            return true;
        }

        if (s.IsEmpty)
        {
            return false;
        }

        BigInteger total = 0;
        var position = 0;
        var body = s.ToString();
        while (position < body.Length)
        {
            if (!TryParseComponent(body, ref position, out var component))
            {
                return false;
            }

            total += component;
        }

        // Go allows one more nanosecond on the negative side (the range of int64).
        var limit = negative ? -(BigInteger)long.MinValue : long.MaxValue;
        if (total > limit)
        {
            return false;
        }

        nanoseconds = negative ? (long)-total : (long)total;
        return true;
    }

    private static bool TryParseComponent(string s, ref int position, out BigInteger nanoseconds)
    {
        nanoseconds = 0;
        var whole = TakeDigits(s, ref position);
        var fraction = "";
        if (position < s.Length && s[position] == '.')
        {
            position++;
            fraction = TakeDigits(s, ref position);
        }

        if (whole.Length == 0 && fraction.Length == 0)
        {
            return false;
        }

        var unitStart = position;
        while (position < s.Length && s[position] != '.' && !char.IsAsciiDigit(s[position]))
        {
            position++;
        }

        if (!UnitNanoseconds.TryGetValue(s[unitStart..position], out var unit))
        {
            return false;
        }

        var wholeValue = whole.Length == 0 ? BigInteger.Zero : BigInteger.Parse(whole, CultureInfo.InvariantCulture);
        nanoseconds = wholeValue * unit;
        if (fraction.Length > 0)
        {
            nanoseconds += BigInteger.Parse(fraction, CultureInfo.InvariantCulture) * unit / BigInteger.Pow(10, fraction.Length);
        }

        return true;
    }

    private static string TakeDigits(string s, ref int position)
    {
        var start = position;
        while (position < s.Length && char.IsAsciiDigit(s[position]))
        {
            position++;
        }

        return s[start..position];
    }
}
