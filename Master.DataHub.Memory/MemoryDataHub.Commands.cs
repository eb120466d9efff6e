using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Commands;

namespace Master.DataHub.Memory;

internal sealed partial class MemoryDataHub
{
    public ValueTask<Command> EnqueueCommandAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Status != CommandStatus.Pending)
        {
            throw new ArgumentException($"A new command must be pending, not {command.Status}.", nameof(command));
        }

        lock (_sync)
        {
            if (_commands.ContainsKey(command.Id))
            {
                throw new InvalidOperationException($"A command with id '{command.Id}' exists already.");
            }

            _commands.Add(command.Id, new StoredCommand(command, ++_commandSequence));
            PublishCommand(command);
            var queue = GetOrAddQueue(command.ClusterId, command.Topic);
            queue.AddLast(command.Id);
            Serve(queue);
            return ValueTask.FromResult(command);
        }
    }

    public ValueTask<bool> RestoreCommandAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Status is not (CommandStatus.Pending or CommandStatus.Dispatched))
        {
            throw new ArgumentException($"Only a pending or dispatched command can be restored, not {command.Status}.", nameof(command));
        }

        lock (_sync)
        {
            if (!_commands.TryAdd(command.Id, new StoredCommand(command, ++_commandSequence)))
            {
                return ValueTask.FromResult(false);
            }

            if (command.Status == CommandStatus.Pending)
            {
                var queue = GetOrAddQueue(command.ClusterId, command.Topic);
                queue.AddLast(command.Id);
                Serve(queue);
            }

            return ValueTask.FromResult(true);
        }
    }

    [SuppressMessage("Usage", "VSTHRD003:Avoid awaiting foreign Tasks", Justification = "See CommandWaiter.Completion.")]
    public async ValueTask<Command?> WaitCommandAsync(
        string clusterId, CommandTopic topic, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must not be negative.");
        }

        var waiter = cancellationToken.IsCancellationRequested ? null : Park(clusterId, topic, timeout);
        if (waiter is null)
        {
            return null;
        }

        Command? command;
        using (StartTimeout(waiter, timeout))
        using (cancellationToken.Register(static state => Release(state), (this, waiter)))
        {
            command = await waiter.Completion.ConfigureAwait(false);
        }

        // Handed a command in the instant the client went away: it must not be lost, so it goes back to the head.
        if (command is not null && cancellationToken.IsCancellationRequested)
        {
            TryReturn(command.Id);
            return null;
        }

        return command;
    }

    public ValueTask<bool> ReturnCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        return ValueTask.FromResult(TryReturn(commandId));
    }

    public ValueTask<CancelOutcome> CancelCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        lock (_sync)
        {
            if (!_commands.TryGetValue(commandId, out var entry))
            {
                return ValueTask.FromResult(CancelOutcome.UnknownCommand);
            }

            if (entry.Command.Status != CommandStatus.Pending)
            {
                return ValueTask.FromResult(CancelOutcome.NotPending);
            }

            RemoveFromQueue(entry.Command);
            Replace(entry, entry.Command with { Status = CommandStatus.Cancelled, FinishedAt = Now });
            return ValueTask.FromResult(CancelOutcome.Cancelled);
        }
    }

    public ValueTask<Command?> GetCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        lock (_sync)
        {
            return ValueTask.FromResult(_commands.GetValueOrDefault(commandId)?.Command);
        }
    }

    /// <summary>
    /// Returns the queued and dispatched commands, and the most recent <see cref="DefaultTerminalCommandRetention"/>
    /// finished ones (the relational store keeps the full history), ordered by creation time, then enqueue order.
    /// </summary>
    public ValueTask<IReadOnlyList<Command>> ListCommandsAsync(string? clusterId = null, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            IReadOnlyList<Command> commands = [.. _commands.Values
                .Where(entry => clusterId is null || string.Equals(entry.Command.ClusterId, clusterId, StringComparison.Ordinal))
                .OrderBy(entry => entry.Command.CreatedAt)
                .ThenBy(entry => entry.Sequence)
                .Select(entry => entry.Command)];
            return ValueTask.FromResult(commands);
        }
    }

    public ValueTask<long> CountPendingCommandsAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            return ValueTask.FromResult(_queues.Values.Sum(queue => (long)queue.Count));
        }
    }

    private CommandWaiter? Park(string clusterId, CommandTopic topic, TimeSpan timeout)
    {
        lock (_sync)
        {
            if (_stopped)
            {
                return null;
            }

            var queue = GetOrAddQueue(clusterId, topic);
            var waiter = new CommandWaiter(queue);
            queue.Park(waiter);
            Serve(queue);
            if (timeout == TimeSpan.Zero)
            {
                ReleaseLocked(waiter);
            }

            return waiter;
        }
    }

    private ITimer? StartTimeout(CommandWaiter waiter, TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan || waiter.Completion.IsCompleted
            ? null
            : _time.CreateTimer(static state => Release(state), (this, waiter), timeout, Timeout.InfiniteTimeSpan);

    private static void Release(object? state)
    {
        var (hub, waiter) = ((MemoryDataHub, CommandWaiter))state!;
        lock (hub._sync)
        {
            hub.ReleaseLocked(waiter);
        }
    }

    private bool TryReturn(string commandId)
    {
        lock (_sync)
        {
            if (!_commands.TryGetValue(commandId, out var entry) || entry.Command.Status != CommandStatus.Dispatched)
            {
                return false;
            }

            var command = Replace(entry, entry.Command with { Status = CommandStatus.Pending, DispatchedAt = null });
            var queue = GetOrAddQueue(command.ClusterId, command.Topic);
            queue.AddFirst(command.Id);
            _logger.CommandReturned(command.Id);
            Serve(queue);
            return true;
        }
    }
}
