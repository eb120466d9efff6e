using System.Text.Json;
using Master.Database.Commands;
using Master.DataHub.Commands;
using Master.Fleet.Commands.Actions;

namespace Master.Fleet.Commands;

/// <summary>Converts between the live command and its history record.</summary>
internal static class CommandRecords
{
    /// <summary>What stands in the history, and in replies to readers who may not see secrets, for a secret output.</summary>
    public const string MaskedOutput = "***";

    private static readonly Dictionary<string, CommandStatus> Statuses =
        Enum.GetValues<CommandStatus>().ToDictionary(status => status.ToWireName(), StringComparer.Ordinal);

    /// <summary>The history record of <paramref name="command"/>, with an output that carries secrets masked (§9.4).</summary>
    public static CommandRecord ToRecord(Command command)
    {
        var masked = Mask(command);
        return new CommandRecord(
            masked.Id,
            masked.ClusterId,
            masked.Topic == CommandTopic.Ai ? "ai" : "ops",
            masked.Action,
            masked.Kind,
            masked.Namespace,
            masked.Name,
            masked.Params?.GetRawText(),
            masked.Source,
            masked.CreatedBy,
            masked.Status.ToWireName(),
            masked.Revision,
            masked.CreatedAt,
            masked.ExpiresAt,
            masked.ResultTimeout,
            masked.DispatchedAt,
            masked.FinishedAt,
            ToRecord(masked.Result),
            ToRecord(masked.LateResult));
    }

    /// <summary>The command a history record describes.</summary>
    public static Command ToCommand(CommandRecord record) => new()
    {
        Id = record.Id,
        ClusterId = record.ClusterId,
        Action = record.Action,
        Kind = record.Kind,
        Namespace = record.Namespace,
        Name = record.Name,
        Params = record.Params is null ? null : JsonSerializer.Deserialize<JsonElement>(record.Params),
        Source = record.Source,
        CreatedBy = record.CreatedBy,
        Status = Statuses[record.Status],
        Revision = record.Revision,
        CreatedAt = record.CreatedAt,
        ExpiresAt = record.ExpiresAt,
        ResultTimeout = record.ResultTimeout,
        DispatchedAt = record.DispatchedAt,
        FinishedAt = record.FinishedAt,
        Result = ToResult(record.Id, record.Result),
        LateResult = ToResult(record.Id, record.LateResult),
    };

    /// <summary><paramref name="command"/> with the outputs of its results masked when its action returns secrets.</summary>
    public static Command Mask(Command command) =>
        CommandActions.CarriesSecrets(command.Action, command.Params)
            ? command with { Result = Mask(command.Result), LateResult = Mask(command.LateResult) }
            : command;

    private static CommandResult? Mask(CommandResult? result) =>
        result?.Output is null ? result : result with { Output = MaskedOutput };

    private static CommandResultRecord? ToRecord(CommandResult? result) => result is null
        ? null
        : new CommandResultRecord(result.Success, result.Output, result.Error, result.ExecTimeNs, result.ExecutedAt, result.ReceivedAt);

    private static CommandResult? ToResult(string commandId, CommandResultRecord? record) => record is null
        ? null
        : new CommandResult(commandId, record.Success, record.Output, record.Error, record.ExecTimeNs, record.ExecutedAt, record.ReceivedAt);
}
