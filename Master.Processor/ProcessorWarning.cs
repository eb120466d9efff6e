namespace Master.Processor;

/// <summary>A field the Processor could not read; the snapshot is still accepted (agent-protocol.md §6.4).</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="Path">Where, e.g. <c>nodes[0].allocatable.memory</c> or <c>pods[12].containers[0].limits["memory"]</c>.</param>
/// <param name="Value">The raw value, cut to 64 characters.</param>
/// <param name="Reason"><c>malformed_quantity</c>, <c>quantity_out_of_range</c>, <c>malformed_time</c> or <c>malformed_duration</c>.</param>
public sealed record ProcessorWarning(string ClusterId, string Path, string Value, string Reason);
