using System.Globalization;

namespace Master.Fleet.Commands.Actions;

/// <summary>
/// Strict RFC 3339 date-times as Go's <c>time.RFC3339</c> layout reads them: <c>2025-06-12T06:00:00Z</c>,
/// optional fractional seconds, <c>Z</c> or a <c>±hh:mm</c> offset, upper-case <c>T</c> and <c>Z</c>.
/// </summary>
internal static class Rfc3339
{
    /// <summary>Parses <paramref name="text"/>; false unless it is a valid RFC 3339 date-time.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.AsSpan();
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !TryDigits(s[..4], out var year) || !TryDigits(s[5..7], out var month) || !TryDigits(s[8..10], out var day)
            || !TryDigits(s[11..13], out var hour) || !TryDigits(s[14..16], out var minute)
            || !TryDigits(s[17..19], out var second))
        {
            return false;
        }

        var rest = s[19..];
        var ticks = 0L;
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            // Ticks are 100 ns: keep seven fractional digits, as precise as DateTimeOffset goes.
            var fraction = rest[1..digits].ToString().PadRight(7, '0')[..7];
            ticks = long.Parse(fraction, CultureInfo.InvariantCulture);
            rest = rest[digits..];
        }

        if (!TryOffset(rest, out var offset) || year < 1 || month is < 1 or > 12 || day < 1
            || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s is "Z")
        {
            return true;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':'
            || !TryDigits(s[1..3], out var hours) || !TryDigits(s[4..6], out var minutes) || hours > 23 || minutes > 59)
        {
            return false;
        }

        // DateTimeOffset allows at most ±14:00; Go accepts more, but no real zone is beyond it.
        var magnitude = new TimeSpan(hours, minutes, 0);
        if (magnitude > TimeSpan.FromHours(14))
        {
            return false;
        }

        offset = s[0] == '-' ? -magnitude : magnitude;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
