using System.Text.Json;
using System.Text.Json.Serialization;
using Master.DataHub.Commands;

namespace Master.Gateway.Commands;

/// <summary>A command as gateway-api.md §Commands shows it, with the deadlines and a late result beside the outcome.</summary>
internal sealed record CommandView(
    string Id,
    string ClusterId,
    string Action,
    CommandTargetView Target,
    JsonElement? Params,
    string? Source,
    string? CreatedBy,
    string Topic,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs,
    long ResultTimeoutMs,
    CommandResultView? Result,
    CommandResultView? LateResult)
{
    /// <summary>The view of <paramref name="command"/>; lists leave the outputs out, which can be megabytes each.</summary>
    public static CommandView From(Command command, bool withOutput = true) => new(
        command.Id,
        command.ClusterId,
        command.Action,
        new CommandTargetView(command.Kind, command.Namespace, command.Name),
        command.Params,
        command.Source,
        command.CreatedBy,
        command.Topic == CommandTopic.Ai ? "ai" : "ops",
        command.Status.ToWireName(),
        command.CreatedAt,
        command.ExpiresAt,
        command.DispatchedAt,
        command.FinishedAt,
        command.FinishedAt is { } finished ? (long)(finished - command.CreatedAt).TotalMilliseconds : null,
        (long)command.ResultTimeout.TotalMilliseconds,
        CommandResultView.From(command.Result, withOutput),
        CommandResultView.From(command.LateResult, withOutput));
}

/// <summary>What the command acts on.</summary>
internal sealed record CommandTargetView(string? Kind, string? Namespace, string? Name);

/// <summary>What the agent reported; <c>execTimeNs</c> as it sent it, <c>executedAt</c> on its clock, <c>receivedAt</c> on Master's.</summary>
internal sealed record CommandResultView(
    bool Success,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Output,
    string? Error,
    long? ExecTimeNs,
    DateTimeOffset? ExecutedAt,
    DateTimeOffset ReceivedAt)
{
    public static CommandResultView? From(CommandResult? result, bool withOutput) => result is null
        ? null
        : new(result.Success, withOutput ? result.Output : null, result.Error, result.ExecTimeNs, result.ExecutedAt, result.ReceivedAt);
}

/// <summary>One created command in the reply to a submission.</summary>
internal sealed record SubmittedCommand(string Id, string ClusterId, string Status);

/// <summary>The reply to a submission: one item per target cluster, in the order of the request.</summary>
internal sealed record SubmittedCommands(IReadOnlyList<SubmittedCommand> Items);
