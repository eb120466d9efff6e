namespace Master.DataHub.Snapshots;

/// <summary>
/// A Kubernetes quantity as the agent sent it, with its normalised value once the Processor has read it:
/// millicores for CPU, whole bytes for memory and storage, a plain number for counts (agent-protocol.md §6.2).
/// </summary>
/// <remarks>
/// <c>default(Quantity)</c> is the same as <c>Quantity.FromRaw("")</c>: <see cref="Raw"/> is never null.
/// On the wire a quantity is a string; Master writes it as <c>{"raw":"100m","value":100}</c> and reads both forms.
/// A non-string wire value keeps its raw JSON text with a null <see cref="Value"/>, for the Processor to report.
/// </remarks>
/// <param name="Raw">The string on the wire; empty when unknown.</param>
/// <param name="Value">The normalised value; null when unknown, malformed or out of range.</param>
public readonly record struct Quantity(string Raw, double? Value)
{
    /// <summary>The string on the wire; empty when unknown.</summary>
    public string Raw { get => field ?? string.Empty; init; } = Raw;

    /// <summary>A quantity read from the wire, not yet normalised.</summary>
    public static Quantity FromRaw(string? raw) => new(raw ?? string.Empty, null);

    /// <summary>True when the agent sent nothing (an empty string).</summary>
    public bool IsEmpty => Raw.Length == 0;

    /// <summary>True when both have the same raw text and the same normalised value.</summary>
    public bool Equals(Quantity other) => string.Equals(Raw, other.Raw, StringComparison.Ordinal) && Nullable.Equals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Raw, Value);
}
