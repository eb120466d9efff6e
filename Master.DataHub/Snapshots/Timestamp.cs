using System.Text;
using Master.DataHub.Snapshots.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>
/// A <c>time</c> or <c>timestr</c> value (agent-protocol.md §5): the instant in UTC, or unset. A string that did not parse
/// is unset too, and keeps its raw text in <see cref="Malformed"/> so the Processor can report it with its path.
/// </summary>
/// <param name="Value">The instant in UTC (offset zero), truncated to 100 ns; null when unset or malformed.</param>
/// <param name="Malformed">The raw value when it did not parse; null otherwise.</param>
public readonly record struct Timestamp(DateTimeOffset? Value, string? Malformed = null)
{
    /// <summary>An unset time (missing, empty, or Go's zero time).</summary>
    public static Timestamp Unset => default;

    /// <summary>True when the value is set.</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>True when the agent sent a value that is not an RFC 3339 time.</summary>
    public bool IsMalformed => Malformed is not null;

    /// <summary>A set time at the given instant, converted to UTC and truncated to 100 ns.</summary>
    public static Timestamp At(DateTimeOffset instant) => new(instant.ToUniversalTime());

    /// <summary>
    /// Reads an RFC 3339 time by the rules T1-T4 of agent-protocol.md §5.3: null, <c>""</c>, Go's zero time and anything
    /// before it are unset; a string that does not parse is unset with <see cref="Malformed"/> set. Never throws.
    /// </summary>
    public static Timestamp Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Unset;
        }

        return Parse(Encoding.UTF8.GetBytes(text), text);
    }

    /// <summary>Reads an RFC 3339 time from UTF-8 bytes by the same rules as <see cref="Parse(string?)"/>.</summary>
    public static Timestamp Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, null);

    private static Timestamp Parse(ReadOnlySpan<byte> utf8, string? text)
    {
        if (utf8.IsEmpty)
        {
            return Unset;
        }

        return Rfc3339.TryParseUtcTicks(utf8, out long ticks)
            ? FromUtcTicks(ticks)
            : new Timestamp(null, text ?? Encoding.UTF8.GetString(utf8));
    }

    internal static Timestamp FromUtcTicks(long ticks) =>
        ticks <= 0 ? Unset : new Timestamp(new DateTimeOffset(ticks, TimeSpan.Zero));
}
