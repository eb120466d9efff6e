namespace Master.Database.Commands;

/// <summary>A change of a command's status; every other field that is null keeps its stored value.</summary>
/// <param name="Status">The new status.</param>
/// <param name="DispatchedAt">When the command was handed to the agent (UTC).</param>
/// <param name="FinishedAt">When it ended (UTC).</param>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Error">The error text.</param>
/// <param name="Result">The result text.</param>
public sealed record CommandStatusUpdate(
    string Status,
    DateTimeOffset? DispatchedAt = null,
    DateTimeOffset? FinishedAt = null,
    int? ExitCode = null,
    string? Error = null,
    string? Result = null);
