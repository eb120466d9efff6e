using System.Globalization;

namespace Master.DataHub.Redis;

/// <summary>
/// Times in Redis are whole microseconds since the Unix epoch, as decimal strings: exact in Lua's doubles (below 2^53)
/// and in sorted-set scores, which ticks would not be.
/// </summary>
internal static class RedisTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static long ToMicroseconds(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / TicksPerMicrosecond;

    public static long ToMicroseconds(TimeSpan span) => span.Ticks / TicksPerMicrosecond;

    public static string Format(DateTimeOffset time) => ToMicroseconds(time).ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string microseconds) =>
        new(DateTimeOffset.UnixEpoch.Ticks + (long.Parse(microseconds, CultureInfo.InvariantCulture) * TicksPerMicrosecond), TimeSpan.Zero);

    public static DateTimeOffset? ParseOptional(string? microseconds) =>
        string.IsNullOrEmpty(microseconds) ? null : Parse(microseconds);
}
