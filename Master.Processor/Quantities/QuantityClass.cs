namespace Master.Processor.Quantities;

/// <summary>How a quantity is normalised (agent-protocol.md §6.2).</summary>
internal enum QuantityClass
{
    /// <summary>Millicores as a double: value × 1000.</summary>
    Cpu,

    /// <summary>Whole bytes: value rounded up away from zero; out of the signed 64-bit range is an error.</summary>
    Bytes,

    /// <summary>A plain number: the value itself.</summary>
    Count,
}
