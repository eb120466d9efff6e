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
}
