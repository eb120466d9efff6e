namespace Master.Processor;

/// <summary>The reasons of a <see cref="ProcessorWarning"/> (agent-protocol.md §6.4).</summary>
internal static class WarningReasons
{
    public const string MalformedQuantity = "malformed_quantity";
    public const string QuantityOutOfRange = "quantity_out_of_range";
    public const string MalformedTime = "malformed_time";
}
