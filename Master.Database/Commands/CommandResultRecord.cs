namespace Master.Database.Commands;

/// <summary>What the agent reported about a command it ran.</summary>
/// <param name="Success">Whether the command did what it was asked to.</param>
/// <param name="Output">The output text, or null.</param>
/// <param name="Error">The error text, or null.</param>
/// <param name="ExecTimeNs">How long the agent took to run it, in nanoseconds, or null.</param>
/// <param name="ExecutedAt">When the agent ran it (UTC, the agent's clock), or null.</param>
/// <param name="ReceivedAt">When the report arrived (UTC, Master's clock).</param>
public sealed record CommandResultRecord(
    bool Success,
    string? Output,
    string? Error,
    long? ExecTimeNs,
    DateTimeOffset? ExecutedAt,
    DateTimeOffset ReceivedAt);
