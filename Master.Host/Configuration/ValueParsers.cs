using System.Buffers;
using System.Globalization;
using System.Net;

namespace Master.Host.Configuration;

/// <summary>The small parsers behind the <c>MASTER_*</c> variables (docs/configuration.md).</summary>
internal static class ValueParsers
{
    private static readonly (string Suffix, long Factor)[] ByteUnits =
    [
        ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("TiB", 1L << 40), ("B", 1),
    ];

    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.");

    /// <summary>
    /// Parses a duration written as one or more number-unit pairs (<c>500ms</c>, <c>45s</c>, <c>5m</c>, <c>1h30m</c>,
    /// <c>7d</c>, <c>1.5h</c>), or as a .NET time span (<c>00:00:25</c>, <c>1.00:00:00</c>). A bare number has no unit and
    /// is refused.
    /// </summary>
    public static bool TryParseDuration(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var span = (text ?? string.Empty).AsSpan().Trim();
        if (span.IsEmpty)
        {
            return false;
        }

        if (span.Contains(':'))
        {
            return TimeSpan.TryParseExact(span, "c", CultureInfo.InvariantCulture, out value);
        }

        double ticks = 0;
        while (!span.IsEmpty)
        {
            var numberLength = span.IndexOfAnyExcept(NumberChars);
            if (numberLength <= 0
                || !double.TryParse(span[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            span = span[numberLength..];
            var unitLength = span.IndexOfAny(NumberChars);
            var unit = unitLength < 0 ? span : span[..unitLength];
            span = span[unit.Length..];
            if (TicksPer(unit) is not { } factor)
            {
                return false;
            }

            ticks += number * factor;
        }

        if (ticks >= TimeSpan.MaxValue.Ticks)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(ticks));
        return true;
    }

    /// <summary>Parses a byte count with an optional binary suffix: <c>268435456</c>, <c>512KiB</c>, <c>64MiB</c>, <c>1GiB</c>.</summary>
    public static bool TryParseByteSize(string? text, out long value)
    {
        value = 0;
        var span = (text ?? string.Empty).AsSpan().Trim();
        long factor = 1;
        foreach (var (suffix, unitFactor) in ByteUnits)
        {
            if (span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                span = span[..^suffix.Length].TrimEnd();
                factor = unitFactor;
                break;
            }
        }

        if (!long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        try
        {
            value = checked(count * factor);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Parses a TCP port, 0 to 65535; 0 asks the system for a free one.</summary>
    public static bool TryParsePort(string? text, out int port) =>
        int.TryParse((text ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 0 and <= 65535;

    /// <summary>Parses an IPv4 or IPv6 address (no host names).</summary>
    public static bool TryParseIPAddress(string? text, out IPAddress address)
    {
        address = IPAddress.None;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0 || !IPAddress.TryParse(trimmed, out var parsed))
        {
            return false;
        }

        address = parsed;
        return true;
    }

    /// <summary>
    /// Accepts what the Redis client accepts: <c>host:port</c>, or a configuration string naming at least one endpoint
    /// (<c>redis:6379,ssl=true</c>, <c>sentinel:26379,serviceName=mymaster</c>).
    /// </summary>
    public static bool TryParseRedisConfiguration(string? text, out string value)
    {
        value = (text ?? string.Empty).Trim();
        try
        {
            return StackExchange.Redis.ConfigurationOptions.Parse(value).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Parses one of <paramref name="names"/>, case-insensitively, into its index.</summary>
    public static bool TryParseChoice(string? text, IReadOnlyList<string> names, out int index)
    {
        var trimmed = (text ?? string.Empty).Trim();
        for (index = 0; index < names.Count; index++)
        {
            if (string.Equals(trimmed, names[index], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        index = -1;
        return false;
    }

    private static long? TicksPer(ReadOnlySpan<char> unit) => unit switch
    {
        "ms" => TimeSpan.TicksPerMillisecond,
        "s" => TimeSpan.TicksPerSecond,
        "m" => TimeSpan.TicksPerMinute,
        "h" => TimeSpan.TicksPerHour,
        "d" => TimeSpan.TicksPerDay,
        _ => null,
    };
}
