namespace Master.Database.Commands;

/// <summary>The durable record of a command sent to a cluster's agent.</summary>
/// <param name="Id">The command id.</param>
/// <param name="ClusterId">The cluster the command runs on.</param>
/// <param name="Topic">The channel, such as <c>ops</c> or <c>ai</c>.</param>
/// <param name="Action">What the command does.</param>
/// <param name="Payload">The command's arguments as JSON, or null.</param>
/// <param name="Status">Where the command stands, such as <c>pending</c>, <c>running</c> or <c>succeeded</c>.</param>
/// <param name="RequestedBy">Who asked for it, or null.</param>
/// <param name="CreatedAt">When it was requested (UTC).</param>
/// <param name="DispatchedAt">When it was handed to the agent (UTC), or null.</param>
/// <param name="FinishedAt">When it ended (UTC), or null.</param>
/// <param name="ExpiresAt">When it stops being worth running (UTC), or null.</param>
/// <param name="ExitCode">The exit code, or null.</param>
/// <param name="Error">The error text, or null.</param>
/// <param name="Result">The result text, or null.</param>
public sealed record CommandRecord(
    string Id,
    string ClusterId,
    string Topic,
    string Action,
    string? Payload,
    string Status,
    string? RequestedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DispatchedAt = null,
    DateTimeOffset? FinishedAt = null,
    DateTimeOffset? ExpiresAt = null,
    int? ExitCode = null,
    string? Error = null,
    string? Result = null);
