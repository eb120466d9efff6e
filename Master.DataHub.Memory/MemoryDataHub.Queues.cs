using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Changes;
using Master.DataHub.Commands;

namespace Master.DataHub.Memory;

// Queue and transition helpers; every method here runs under _sync.
internal sealed partial class MemoryDataHub
{
    private CommandQueue GetOrAddQueue(string clusterId, CommandTopic topic)
    {
        if (!_queues.TryGetValue((clusterId, topic), out var queue))
        {
            queue = new CommandQueue(clusterId, topic);
            _queues.Add(queue.Key, queue);
        }

        return queue;
    }

    private void PruneIfIdle(CommandQueue queue)
    {
        if (queue.IsIdle)
        {
            _queues.Remove(queue.Key);
        }
    }

    private void RemoveFromQueue(Command command)
    {
        if (_queues.TryGetValue((command.ClusterId, command.Topic), out var queue) && queue.Remove(command.Id))
        {
            PruneIfIdle(queue);
        }
    }

    /// <summary>Hands head commands to parked waiters, most recent waiter first, until one side runs out.</summary>
    private void Serve(CommandQueue queue)
    {
        while (queue.Count > 0 && queue.TryPeekWaiter(out var waiter))
        {
            // Unparked before the take, so nothing that runs during the take can release it and strand the command.
            queue.Unpark(waiter);
            if (!TryDispatchHead(queue, out var command))
            {
                queue.Park(waiter); // Only expired commands were left; the waiter keeps its place at the front.
                break;
            }

            waiter.Complete(command);
        }

        PruneIfIdle(queue);
    }

    /// <summary>Takes the head and marks it dispatched (D1); a head past its expiry is expired instead, never delivered (D5).</summary>
    private bool TryDispatchHead(CommandQueue queue, [NotNullWhen(true)] out Command? dispatched)
    {
        var now = Now;
        while (queue.TryDequeue(out var commandId))
        {
            var entry = _commands[commandId];
            if (now >= entry.Command.ExpiresAt)
            {
                Expire(entry, now);
                continue;
            }

            dispatched = Replace(entry, entry.Command with { Status = CommandStatus.Dispatched, DispatchedAt = now });
            return true;
        }

        dispatched = null;
        return false;
    }

    private void ReleaseLocked(CommandWaiter waiter)
    {
        if (waiter.Queue.Unpark(waiter))
        {
            waiter.Complete(null);
            PruneIfIdle(waiter.Queue);
        }
    }

    private int ReleaseAllWaiters()
    {
        var released = 0;
        foreach (var queue in _queues.Values.ToList())
        {
            while (queue.TryPeekWaiter(out var waiter))
            {
                ReleaseLocked(waiter);
                released++;
            }
        }

        return released;
    }

    private int ExpireQueuedCommands(string clusterId)
    {
        var expired = 0;
        var now = Now;
        foreach (var topic in Enum.GetValues<CommandTopic>())
        {
            if (_queues.TryGetValue((clusterId, topic), out var queue))
            {
                var ids = queue.Ids.ToList();
                queue.Clear();
                ids.ForEach(id => Expire(_commands[id], now));
                expired += ids.Count;
                PruneIfIdle(queue);
            }
        }

        return expired;
    }

    /// <summary>Stores the next version of a command and publishes it; a command that just finished joins the retention window.</summary>
    private Command Replace(StoredCommand entry, Command next)
    {
        var wasTerminal = entry.Command.Status.IsTerminal();
        next = next with { Revision = entry.Command.Revision + 1 };
        entry.Command = next;
        PublishCommand(next);
        if (next.Status.IsTerminal() && !wasTerminal)
        {
            RetainFinished(next.Id);
        }

        return next;
    }

    private void PublishCommand(Command command) => _changes.Publish(new CommandUpdated(command.ClusterId, Now, command));

    /// <summary>
    /// Bounds the memory of finished commands: the newest <see cref="DefaultTerminalCommandRetention"/> (by default) stay
    /// readable by id; older finished ones are forgotten, and a late result for one is then an unknown command (§4.5.1).
    /// Live commands are never dropped.
    /// </summary>
    private void RetainFinished(string commandId)
    {
        _terminalCommandIds.Enqueue(commandId);
        while (_terminalCommandIds.Count > _terminalCommandRetention)
        {
            _commands.Remove(_terminalCommandIds.Dequeue());
        }
    }
}
