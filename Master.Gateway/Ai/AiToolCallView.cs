using System.Text.Json;
using Master.Database.Ai;
using Master.Gateway.Settings;

namespace Master.Gateway.Ai;

/// <summary>A tool call as the API shows it: the arguments as JSON, not as a string holding JSON.</summary>
internal sealed record AiToolCallView(
    long Id,
    long? MessageId,
    string ToolCallId,
    string ToolName,
    JsonElement? Arguments,
    string? Result,
    string Status,
    long? DurationMs,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt)
{
    public static AiToolCallView From(AiToolCallRecord call) => new(
        call.Id, call.MessageId, call.ToolCallId, call.ToolName, call.Arguments is null ? null : StoredJson.Parse(call.Arguments),
        call.Result, call.Status, call.DurationMs, call.CreatedAt, call.FinishedAt);
}
