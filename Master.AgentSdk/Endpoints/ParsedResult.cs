namespace Master.AgentSdk.Endpoints;

/// <summary>A result body as read from the wire (agent-protocol.md §4.5), before it becomes a command result.</summary>
/// <param name="CommandId">The non-empty command id.</param>
/// <param name="Success">The agent's verdict.</param>
/// <param name="Output">The output, or null.</param>
/// <param name="Error">The error text, or null.</param>
/// <param name="ExecTimeNs">Execution time in nanoseconds, or null when absent or malformed.</param>
/// <param name="ExecutedAt">When execution started (UTC), or null when unset or malformed.</param>
/// <param name="MalformedExecTime">The raw <c>execTime</c> when it was not a non-negative integer.</param>
/// <param name="MalformedExecutedAt">The raw <c>executedAt</c> when it was not a time.</param>
internal sealed record ParsedResult(
    string CommandId,
    bool Success,
    string? Output,
    string? Error,
    long? ExecTimeNs,
    DateTimeOffset? ExecutedAt,
    string? MalformedExecTime,
    string? MalformedExecutedAt);
