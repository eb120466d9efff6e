namespace Master.Processor.Quantities;

/// <summary>The outcome of reading one quantity string.</summary>
internal enum QuantityParseStatus
{
    /// <summary>Parsed and normalised.</summary>
    Ok,

    /// <summary>Empty after trimming: unknown, and not an error.</summary>
    Empty,

    /// <summary>Does not match the grammar of §6.1.</summary>
    Malformed,

    /// <summary>Matches the grammar, but the normalised value does not fit its class.</summary>
    OutOfRange,
}
