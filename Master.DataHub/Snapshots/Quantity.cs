namespace Master.DataHub.Snapshots;

/// <summary>
/// A Kubernetes quantity as the agent sent it, with its normalised value once the Processor has read it:
/// millicores for CPU, whole bytes for memory and storage, a plain number for counts (agent-protocol.md §6.2).
/// </summary>
/// <param name="Raw">The string on the wire; empty when unknown.</param>
/// <param name="Value">The normalised value; null when unknown, malformed or out of range.</param>
public readonly record struct Quantity(string Raw, double? Value)
{
    /// <summary>A quantity read from the wire, not yet normalised.</summary>
    public static Quantity FromRaw(string? raw) => new(raw ?? string.Empty, null);

    /// <summary>True when the agent sent nothing (an empty string).</summary>
    public bool IsEmpty => Raw.Length == 0;
}
