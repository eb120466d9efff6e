using Master.DataHub.Commands;
using StackExchange.Redis;
using CommandStatus = Master.DataHub.Commands.CommandStatus;

namespace Master.DataHub.Redis;

internal sealed partial class RedisDataHub
{
    public async ValueTask<Command> EnqueueCommandAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Status != CommandStatus.Pending)
        {
            throw new ArgumentException($"A new command must be pending, not {command.Status}.", nameof(command));
        }

        var added = (long)await RunAsync(
            RedisScripts.Enqueue,
            Now,
            command.Id,
            CommandFields.Creation(command),
            RedisKeys.QueueName(command.ClusterId, command.Topic),
            RedisTime.Format(command.ExpiresAt),
            RedisTime.ToMicroseconds(command.ResultTimeout),
            command.Revision).ConfigureAwait(false);
        return added == 1
            ? command
            : throw new InvalidOperationException($"A command with id '{command.Id}' exists already.");
    }

    public async ValueTask<bool> RestoreCommandAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Status is not (CommandStatus.Pending or CommandStatus.Dispatched))
        {
            throw new ArgumentException($"Only a pending or dispatched command can be restored, not {command.Status}.", nameof(command));
        }

        var dispatchedAt = command.Status == CommandStatus.Dispatched
            ? RedisTime.Format(command.DispatchedAt ?? throw new ArgumentException("A dispatched command has a dispatch time.", nameof(command)))
            : string.Empty;
        var restored = (long)await RunAsync(
            RedisScripts.Restore,
            Now,
            command.Id,
            CommandFields.Creation(command),
            RedisKeys.QueueName(command.ClusterId, command.Topic),
            RedisTime.Format(command.ExpiresAt),
            RedisTime.ToMicroseconds(command.ResultTimeout),
            command.Status.ToWireName(),
            command.Revision,
            dispatchedAt).ConfigureAwait(false);
        return restored == 1;
    }

    public async ValueTask<bool> ReturnCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        var returned = (long)await RunAsync(RedisScripts.Return, Now, commandId).ConfigureAwait(false) == 1;
        if (returned)
        {
            _logger.CommandReturned(commandId);
        }

        return returned;
    }

    public async ValueTask<ResultOutcome> CompleteCommandAsync(CommandResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reply = (string?)await RunAsync(
            RedisScripts.Complete,
            Now,
            result.CommandId,
            result.Success ? "1" : "0",
            CommandFields.Result(result),
            _terminalCommandRetention).ConfigureAwait(false);
        var outcome = reply switch
        {
            "recorded" => ResultOutcome.Recorded,
            "late" => ResultOutcome.Late,
            "duplicate" => ResultOutcome.Duplicate,
            "ignored" => ResultOutcome.Ignored,
            _ => ResultOutcome.UnknownCommand,
        };
        _logger.ResultHandled(result.CommandId, outcome);
        return outcome;
    }

    public async ValueTask<CancelOutcome> CancelCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        var reply = (string?)await RunAsync(RedisScripts.Cancel, Now, commandId, _terminalCommandRetention).ConfigureAwait(false);
        return reply switch
        {
            "cancelled" => CancelOutcome.Cancelled,
            "notpending" => CancelOutcome.NotPending,
            _ => CancelOutcome.UnknownCommand,
        };
    }

    public async ValueTask<Command?> GetCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        var database = await DatabaseAsync().ConfigureAwait(false);
        var entries = await GuardAsync(() => database.HashGetAllAsync(_keys.Command(commandId))).ConfigureAwait(false);
        return CommandFields.Decode(CommandFields.ToDictionary(entries));
    }

    /// <summary>
    /// Returns the queued and dispatched commands and the most recent finished ones (the relational store keeps the full
    /// history), ordered by creation time, then enqueue order.
    /// </summary>
    public async ValueTask<IReadOnlyList<Command>> ListCommandsAsync(string? clusterId = null, CancellationToken cancellationToken = default)
    {
        var all = (RedisResult[])(await RunAsync(RedisScripts.ListCommands, Now).ConfigureAwait(false))!;
        return [.. all
            .Select(CommandFields.ToDictionary)
            .Select(fields => (Command: CommandFields.Decode(fields)!, Sequence: CommandFields.Sequence(fields)))
            .Where(entry => clusterId is null || string.Equals(entry.Command.ClusterId, clusterId, StringComparison.Ordinal))
            .OrderBy(entry => entry.Command.CreatedAt)
            .ThenBy(entry => entry.Sequence)
            .Select(entry => entry.Command)];
    }

    public async ValueTask<long> CountPendingCommandsAsync(CancellationToken cancellationToken = default)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        return await GuardAsync(() => database.SortedSetLengthAsync(_keys.Pending)).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<Command>> SweepCommandsAsync(CancellationToken cancellationToken = default)
    {
        const int MostPerSweep = 10_000;
        var changed = (RedisResult[])(await RunAsync(
            RedisScripts.SweepCommands, Now, _terminalCommandRetention, MostPerSweep).ConfigureAwait(false))!;
        var commands = changed
            .Select(CommandFields.ToDictionary)
            .Where(fields => fields.ContainsKey("c"))
            .OrderBy(CommandFields.Sequence)
            .Select(fields => CommandFields.Decode(fields)!)
            .ToList();
        commands.ForEach(command => _logger.CommandPastDeadline(command.Id, command.Status));
        return commands;
    }
}
