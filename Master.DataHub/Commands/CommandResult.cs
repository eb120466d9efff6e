namespace Master.DataHub.Commands;

/// <summary>What an agent reported for a command.</summary>
/// <param name="CommandId">The command the result is for.</param>
/// <param name="Success">The agent's verdict.</param>
/// <param name="Output">The action output (structured outputs are JSON in this string), or null.</param>
/// <param name="Error">The error text when not successful, or null.</param>
/// <param name="ExecTimeNs">Execution time in nanoseconds, or null when not sent.</param>
/// <param name="ExecutedAt">Agent clock when execution started (UTC), or null when unset.</param>
/// <param name="ReceivedAt">Master's clock when the result arrived.</param>
public sealed record CommandResult(
    string CommandId,
    bool Success,
    string? Output,
    string? Error,
    long? ExecTimeNs,
    DateTimeOffset? ExecutedAt,
    DateTimeOffset ReceivedAt);
