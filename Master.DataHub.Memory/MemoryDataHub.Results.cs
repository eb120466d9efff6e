using Master.DataHub.Commands;

namespace Master.DataHub.Memory;

internal sealed partial class MemoryDataHub
{
    public ValueTask<ResultOutcome> CompleteCommandAsync(CommandResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_sync)
        {
            if (!_commands.TryGetValue(result.CommandId, out var entry))
            {
                _logger.UnknownCommandResult(result.CommandId);
                return ValueTask.FromResult(ResultOutcome.UnknownCommand);
            }

            return ValueTask.FromResult(Complete(entry, result));
        }
    }

    public ValueTask<IReadOnlyList<Command>> SweepCommandsAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            var now = Now;
            var due = _commands.Values
                .Where(entry => IsPastDeadline(entry.Command, now))
                .OrderBy(entry => entry.Sequence)
                .ToList();
            IReadOnlyList<Command> changed = [.. due.Select(entry => EnforceDeadline(entry, now))];
            return ValueTask.FromResult(changed);
        }
    }

    // §4.5.1 and §11.4: the status is the compare-and-set; the lock makes the check and the write one step.
    private ResultOutcome Complete(StoredCommand entry, CommandResult result)
    {
        var command = entry.Command;
        switch (command.Status)
        {
            case CommandStatus.Pending or CommandStatus.Dispatched:
                // A pending one had its reply reported failed although it reached the agent (§8.4 D4).
                RemoveFromQueue(command);
                var status = result.Success ? CommandStatus.Succeeded : CommandStatus.Failed;
                Replace(entry, command with { Status = status, FinishedAt = Now, Result = result });
                return ResultOutcome.Recorded;
            case CommandStatus.Timeout when command.LateResult is null:
                Replace(entry, command with { LateResult = result });
                _logger.LateResult(command.Id);
                return ResultOutcome.Late;
            case CommandStatus.Succeeded or CommandStatus.Failed or CommandStatus.Timeout:
                _logger.ResultIgnored(command.Id, command.Status);
                return ResultOutcome.Duplicate;
            default:
                _logger.ResultIgnored(command.Id, command.Status);
                return ResultOutcome.Ignored;
        }
    }

    private static bool IsPastDeadline(Command command, DateTimeOffset now) => command.Status switch
    {
        CommandStatus.Pending => now >= command.ExpiresAt,
        CommandStatus.Dispatched => now >= command.DispatchedAt + command.ResultTimeout,
        _ => false,
    };

    private Command EnforceDeadline(StoredCommand entry, DateTimeOffset now)
    {
        if (entry.Command.Status == CommandStatus.Pending)
        {
            RemoveFromQueue(entry.Command);
            return Expire(entry, now);
        }

        _logger.CommandTimedOut(entry.Command.Id);
        return Replace(entry, entry.Command with { Status = CommandStatus.Timeout, FinishedAt = now });
    }

    private Command Expire(StoredCommand entry, DateTimeOffset now)
    {
        _logger.CommandExpired(entry.Command.Id);
        return Replace(entry, entry.Command with { Status = CommandStatus.Expired, FinishedAt = now });
    }
}
