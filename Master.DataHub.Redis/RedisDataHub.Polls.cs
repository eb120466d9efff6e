using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Commands;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

// Long-poll without blocking commands: a held poll waits here, and a take (one script: pop the head, mark it dispatched)
// runs when the queue's wake-up message arrives, when the poll starts, and at every re-check.
internal sealed partial class RedisDataHub
{
    private readonly Dictionary<string, PollQueue> _pollQueues = new(StringComparer.Ordinal);

    public async ValueTask<Command?> WaitCommandAsync(
        string clusterId, CommandTopic topic, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must not be negative.");
        }

        if (cancellationToken.IsCancellationRequested || IsStopped())
        {
            return null;
        }

        if (timeout == TimeSpan.Zero)
        {
            return await TakeAsync(RedisKeys.QueueName(clusterId, topic)).ConfigureAwait(false);
        }

        var poll = Park(clusterId, topic);
        Command? command;

        // The timer is armed before the first await, so a clock advanced right after this call returns is seen.
        using (timeout == Timeout.InfiniteTimeSpan ? null : _time.CreateTimer(static state => Release(state), (this, poll), timeout, Timeout.InfiniteTimeSpan))
        using (cancellationToken.Register(static state => Release(state), (this, poll)))
        {
            try
            {
                await ServeAsync(poll.Queue).ConfigureAwait(false);
            }
            catch (DataHubUnavailableException)
            {
                ReleasePoll(poll);
                throw;
            }

            command = await poll.Completion.ConfigureAwait(false);
        }

        // Handed a command in the instant the client went away: it must not be lost, so it goes back to the head.
        if (command is not null && cancellationToken.IsCancellationRequested)
        {
            await PutBackAsync(command.Id).ConfigureAwait(false);
            return null;
        }

        return command;
    }

    private bool IsStopped()
    {
        lock (_sync)
        {
            return _stopped;
        }
    }

    private HeldPoll Park(string clusterId, CommandTopic topic)
    {
        lock (_sync)
        {
            var name = RedisKeys.QueueName(clusterId, topic);
            if (!_pollQueues.TryGetValue(name, out var queue))
            {
                queue = new PollQueue(clusterId, topic);
                _pollQueues.Add(name, queue);
            }

            var poll = new HeldPoll(queue);
            queue.Park(poll);
            return poll;
        }
    }

    private static void Release(object? state)
    {
        var (hub, poll) = ((RedisDataHub, HeldPoll))state!;
        hub.ReleasePoll(poll);
    }

    private void ReleasePoll(HeldPoll poll)
    {
        lock (_sync)
        {
            if (poll.Queue.Unpark(poll))
            {
                poll.Complete(null);
                PruneIfIdle(poll.Queue);
            }
        }
    }

    private int ReleaseAllWaiters()
    {
        var released = 0;
        foreach (var queue in _pollQueues.Values.ToList())
        {
            while (queue.TakeMostRecent() is { } poll)
            {
                poll.Complete(null);
                released++;
            }

            PruneIfIdle(queue);
        }

        return released;
    }

    /// <summary>Redis is gone: no held poll can be served, and answering "no command" would be a false success.</summary>
    private void FailAllWaiters(Exception error)
    {
        lock (_sync)
        {
            foreach (var queue in _pollQueues.Values.ToList())
            {
                while (queue.TakeMostRecent() is { } poll)
                {
                    poll.Fail(error);
                }

                PruneIfIdle(queue);
            }
        }
    }

    private void PruneIfIdle(PollQueue queue)
    {
        if (queue.IsIdle)
        {
            _pollQueues.Remove(queue.Name);
        }
    }

    /// <summary>
    /// Takes commands for the queue's held polls, most recent poll first, until the queue or the polls run out. One take
    /// loop per queue at a time; a wake-up that arrives meanwhile makes the running loop look once more.
    /// </summary>
    private async Task ServeAsync(PollQueue queue)
    {
        lock (_sync)
        {
            if (queue.Serving)
            {
                queue.ServeAgain = true;
                return;
            }

            queue.Serving = true;
        }

        try
        {
            while (true)
            {
                lock (_sync)
                {
                    queue.ServeAgain = false;
                    if (queue.Count == 0 || _stopped)
                    {
                        queue.Serving = false;
                        PruneIfIdle(queue);
                        return;
                    }
                }

                var command = await TakeAsync(queue.Name).ConfigureAwait(false);
                if (command is null)
                {
                    lock (_sync)
                    {
                        if (!queue.ServeAgain)
                        {
                            queue.Serving = false;
                            PruneIfIdle(queue);
                            return;
                        }
                    }

                    continue;
                }

                if (!Deliver(queue, command))
                {
                    await PutBackAsync(command.Id).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            lock (_sync)
            {
                queue.Serving = false;
                PruneIfIdle(queue);
            }

            throw;
        }
    }

    /// <summary>Hands the command to the most recent poll still held; false when every poll went away meanwhile.</summary>
    private bool Deliver(PollQueue queue, Command command)
    {
        lock (_sync)
        {
            while (queue.TakeMostRecent() is { } poll)
            {
                if (poll.Complete(command))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private async Task<Command?> TakeAsync(string queueName)
    {
        var taken = await RunAsync(RedisScripts.Take, Now, queueName, _terminalCommandRetention).ConfigureAwait(false);
        return taken.IsNull ? null : CommandFields.Decode(CommandFields.ToDictionary(taken));
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Logged; the command then times out.")]
    private async Task PutBackAsync(string commandId)
    {
        try
        {
            await ReturnCommandAsync(commandId).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.ReturnFailed(commandId, exception);
        }
    }

    private void OnWakeMessage(ChannelMessage message) => OnWake((string)message.Message!);

    private void OnWake(string queueName)
    {
        PollQueue? queue;
        lock (_sync)
        {
            _pollQueues.TryGetValue(queueName, out queue);
        }

        if (queue is not null)
        {
            _ = ServeLoggedAsync(queue);
        }
    }

    /// <summary>
    /// The safety net for a lost wake-up: one call asks which of the queues this instance holds polls for have commands,
    /// and only those are served, so a thousand parked agents cost Redis one script a second, not a thousand.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Logged; the next re-check retries.")]
    private async Task RecheckHeldPollsAsync()
    {
        RedisValue[] names;
        lock (_sync)
        {
            names = [.. _pollQueues.Values.Where(queue => queue.Count > 0).Select(queue => (RedisValue)queue.Name)];
        }

        if (names.Length == 0)
        {
            return;
        }

        try
        {
            var waiting = (RedisValue[])(await RunAsync(RedisScripts.NonEmptyQueues, Now, names).ConfigureAwait(false))!;
            foreach (var name in waiting)
            {
                OnWake((string)name!);
            }
        }
        catch (Exception exception)
        {
            _logger.RecheckFailed(names.Length, exception);
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Logged; the next wake-up or re-check retries.")]
    private async Task ServeLoggedAsync(PollQueue queue)
    {
        try
        {
            await ServeAsync(queue).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.ServeFailed(queue.Name, exception);
        }
    }
}
