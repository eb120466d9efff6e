namespace Master.DataHub.Snapshots.Serialization;

/// <summary>
/// An allocation-free RFC 3339 reader for <c>YYYY-MM-DD(T|t)HH:MM:SS[.fraction](Z|z|±HH:MM)</c> (agent-protocol.md §5.3).
/// Fraction digits beyond the seventh are truncated, never rounded; a leap second (<c>:60</c>) does not parse.
/// </summary>
internal static class Rfc3339
{
    // Ticks of 1970-01-01T00:00:00Z counted from 0001-01-01T00:00:00Z.
    private const long UnixEpochTicks = 621_355_968_000_000_000;
    private const long MaxTicks = 3_155_378_975_999_999_999; // DateTime.MaxValue.Ticks

    /// <summary>
    /// Parses <paramref name="s"/> into UTC ticks counted from 0001-01-01T00:00:00Z. The result may be zero or negative
    /// for instants at or before Go's zero time. False when the text is not RFC 3339 or is after year 9999.
    /// </summary>
    public static bool TryParseUtcTicks(ReadOnlySpan<byte> s, out long ticks)
    {
        ticks = 0;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || (s[10] | 0x20) != 't' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute) || !Digits(s, 17, 2, out int second))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        int i = 19;
        long fraction = 0;
        if (s[i] == '.')
        {
            i++;
            int start = i;
            while (i < s.Length && IsDigit(s[i]))
            {
                if (i - start < 7)
                {
                    fraction = (fraction * 10) + (s[i] - '0');
                }

                i++;
            }

            int count = i - start;
            if (count == 0)
            {
                return false;
            }

            for (int k = count; k < 7; k++)
            {
                fraction *= 10;
            }
        }

        if (!TryParseOffset(s[i..], out long offsetTicks))
        {
            return false;
        }

        long days = DaysFromCivil(year, month, day);
        long local = UnixEpochTicks + (days * TimeSpan.TicksPerDay) + (hour * TimeSpan.TicksPerHour)
            + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fraction;
        ticks = local - offsetTicks;
        return ticks <= MaxTicks;
    }

    private static bool TryParseOffset(ReadOnlySpan<byte> s, out long offsetTicks)
    {
        offsetTicks = 0;
        if (s.Length == 1 && (s[0] | 0x20) == 'z')
        {
            return true;
        }

        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
            || !Digits(s, 1, 2, out int hours) || !Digits(s, 4, 2, out int minutes) || hours > 23 || minutes > 59)
        {
            return false;
        }

        offsetTicks = (hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute);
        if (s[0] == '-')
        {
            offsetTicks = -offsetTicks;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (!IsDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // Year 0 is a leap year in the proleptic Gregorian calendar; it can only matter for times just before year 1.
    private static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    // Days from 1970-01-01 (H. Hinnant's days_from_civil); valid for year 0 too, so negative offsets near year 1 work.
    private static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - (era * 400);
        long dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }
}
