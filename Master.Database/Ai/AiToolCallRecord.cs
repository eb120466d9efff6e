namespace Master.Database.Ai;

/// <summary>A tool the assistant called during a session.</summary>
/// <param name="Id">The row id, assigned by the database; 0 when appending.</param>
/// <param name="SessionId">The session.</param>
/// <param name="MessageId">The message that asked for the call, or null.</param>
/// <param name="ToolCallId">The model's id of the call.</param>
/// <param name="ToolName">The tool.</param>
/// <param name="Arguments">The arguments as JSON, or null.</param>
/// <param name="Result">The tool's answer, or null.</param>
/// <param name="Status">Where the call stands, such as <c>running</c>, <c>succeeded</c> or <c>failed</c>.</param>
/// <param name="DurationMs">How long it took in milliseconds, or null.</param>
/// <param name="CreatedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When it ended (UTC), or null.</param>
public sealed record AiToolCallRecord(
    long Id,
    string SessionId,
    long? MessageId,
    string ToolCallId,
    string ToolName,
    string? Arguments,
    string? Result,
    string Status,
    long? DurationMs,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt = null);
