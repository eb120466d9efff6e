using System.Threading.Channels;
using Master.Database.Commands;
using Master.DataHub.Commands;
using Microsoft.Extensions.Logging;

namespace Master.Fleet.Commands;

/// <summary>
/// Writes command states to the history, coalesced per command by revision: while one batch is written, the changes that
/// arrive gather into the next, so the store sees one transaction per batch however fast commands change (a group
/// commit). A failed batch is kept and retried; a state already written (a repeat from the feed, a restored command) is
/// skipped. Callers that must not answer before a state is durable wait for it.
/// </summary>
internal sealed class CommandHistoryWriter(
    ICommandHistoryRepository history, FleetMetrics metrics, TimeProvider timeProvider, ILogger<CommandHistoryWriter> logger)
{
    /// <summary>The most states one transaction writes.</summary>
    internal const int BatchSize = 500;

    private readonly Lock _sync = new();
    // Channels rather than semaphores: nothing to dispose, so a flush from a second, late stop of the host still works.
    private readonly Channel<bool> _flushing = OneSlot(full: true);
    private readonly Channel<bool> _marked = OneSlot(full: false);
    private readonly Dictionary<string, Command> _dirty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Command> _inFlight = new(StringComparer.Ordinal);

    /// <summary>How many finished commands are remembered as written, so repeats of their last state are skipped.</summary>
    internal const int FinishedMemory = 10_000;

    // Every unfinished command and the most recent finished ones, so the map stays as small as the live queues.
    private readonly Dictionary<string, long> _written = new(StringComparer.Ordinal);
    private readonly Queue<string> _finished = new();
    private readonly Dictionary<string, List<(long Revision, TaskCompletionSource Written)>> _waiters = new(StringComparer.Ordinal);
    private readonly List<(IReadOnlyList<Command> Commands, TaskCompletionSource Created)> _creations = [];

    /// <summary>
    /// Writes new commands (their first revision) and waits until they are stored; throws what the store threw, so the
    /// caller queues nothing unwritten. Submissions that arrive while one is written are written together next (a
    /// group commit), and never at the same time as status changes: on SQLite two writers would make one sleep.
    /// </summary>
    public async Task CreateAsync(IReadOnlyList<Command> commands)
    {
        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            _creations.Add((commands, created));
        }

        // Not cancelled with the request: a submission left in the list would be written by the next one and never queued,
        // and the restart that restores it would run a command whose caller was never told it was accepted.
        await _flushing.Reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (!created.Task.IsCompleted)
            {
                await WriteCreationsAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _flushing.Writer.TryWrite(true);
        }

        await created.Task.ConfigureAwait(false);
    }

    /// <summary>How many states wait to be written.</summary>
    public int PendingCount
    {
        get
        {
            lock (_sync)
            {
                return _dirty.Count + _inFlight.Count;
            }
        }
    }

    /// <summary>Queues <paramref name="command"/> for writing unless that state, or a later one, is written or queued.</summary>
    public void Mark(Command command)
    {
        lock (_sync)
        {
            if (IsKnownLocked(command))
            {
                return;
            }

            _dirty[command.Id] = command;
        }

        // A full slot means a wake-up is already due; one is enough for any number of marks.
        _marked.Writer.TryWrite(true);
    }

    /// <summary>Notes states that another writer put in the history (a submission, a restore), so they are not written again.</summary>
    public void NoteWritten(IEnumerable<Command> commands)
    {
        lock (_sync)
        {
            foreach (var command in commands)
            {
                NoteWrittenLocked(command);
            }
        }
    }

    /// <summary>
    /// Marks <paramref name="command"/> and waits until it or a later state is written, at most <paramref name="limit"/> on
    /// the host's clock.
    /// </summary>
    public async Task WaitWrittenAsync(Command command, TimeSpan limit, CancellationToken cancellationToken)
    {
        Mark(command);
        TaskCompletionSource written;
        lock (_sync)
        {
            if (!IsQueuedLocked(command))
            {
                return;
            }

            written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_waiters.TryGetValue(command.Id, out var waiting))
            {
                _waiters[command.Id] = waiting = [];
            }

            waiting.Add((command.Revision, written));
        }

        try
        {
            await written.Task.WaitAsync(limit, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The store is down: the state stays queued and is written when it is back; the caller need not wait for that.
        }
    }

    /// <summary>Waits until something is marked; false when <paramref name="cancellationToken"/> fired.</summary>
    public async Task<bool> WaitMarkedAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _marked.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Writes everything queued, batch by batch; false when the store failed (what failed stays queued).</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (TakeBatch() is { Count: > 0 } batch)
            {
                try
                {
                    await history.WriteAsync([.. batch.Select(CommandRecords.ToRecord)], cancellationToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Whatever the store throws, the batch must stay queued for the next attempt.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    Requeue(batch);
                    if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }

                    metrics.StoreFailed("commands");
                    logger.CommandHistoryWriteFailed(PendingCount, exception);
                    return false;
                }

                Completed(batch);
                metrics.CommandRecordsWritten(batch.Count);
            }

            return true;
        }
        finally
        {
            _flushing.Writer.TryWrite(true);
        }
    }

    /// <summary>Writes every submission waiting, in one transaction; each caller learns how it went.</summary>
    private async Task WriteCreationsAsync()
    {
        List<(IReadOnlyList<Command> Commands, TaskCompletionSource Created)> group;
        lock (_sync)
        {
            group = [.. _creations];
            _creations.Clear();
        }

        List<Command> commands = [.. group.SelectMany(submission => submission.Commands)];
        try
        {
            // Not the caller's token: the write serves every submission of the group, not only the first one's request.
            await history.WriteAsync([.. commands.Select(CommandRecords.ToRecord)], CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Handed to every caller of the group, whose submissions are then refused.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            metrics.StoreFailed("commands");
            group.ForEach(submission => submission.Created.TrySetException(exception));
            return;
        }

        NoteWritten(commands);
        metrics.CommandRecordsWritten(commands.Count);
        group.ForEach(submission => submission.Created.TrySetResult());
    }

    private List<Command> TakeBatch()
    {
        lock (_sync)
        {
            var batch = _dirty.Values.Take(BatchSize).ToList();
            foreach (var command in batch)
            {
                _dirty.Remove(command.Id);
                _inFlight[command.Id] = command;
            }

            return batch;
        }
    }

    private void Requeue(List<Command> batch)
    {
        lock (_sync)
        {
            foreach (var command in batch)
            {
                _inFlight.Remove(command.Id);
                if (!_dirty.TryGetValue(command.Id, out var newer) || newer.Revision < command.Revision)
                {
                    _dirty[command.Id] = command;
                }
            }
        }
    }

    private void Completed(List<Command> batch)
    {
        lock (_sync)
        {
            foreach (var command in batch)
            {
                _inFlight.Remove(command.Id);
                NoteWrittenLocked(command);
            }
        }
    }

    private void NoteWrittenLocked(Command command)
    {
        if (!_written.TryGetValue(command.Id, out var written) || written < command.Revision)
        {
            _written[command.Id] = command.Revision;
        }

        // A late result finishes a command a second time; the repeated id only makes it forgotten a little earlier.
        if (command.Status.IsTerminal())
        {
            _finished.Enqueue(command.Id);
            while (_finished.Count > FinishedMemory)
            {
                _written.Remove(_finished.Dequeue());
            }
        }

        if (!_waiters.TryGetValue(command.Id, out var waiting))
        {
            return;
        }

        waiting.RemoveAll(waiter =>
        {
            var done = waiter.Revision <= command.Revision;
            if (done)
            {
                waiter.Written.TrySetResult();
            }

            return done;
        });
        if (waiting.Count == 0)
        {
            _waiters.Remove(command.Id);
        }
    }

    private bool IsKnownLocked(Command command) =>
        (_written.TryGetValue(command.Id, out var written) && written >= command.Revision) || IsQueuedLocked(command);

    private bool IsQueuedLocked(Command command) =>
        (_dirty.TryGetValue(command.Id, out var dirty) && dirty.Revision >= command.Revision)
        || (_inFlight.TryGetValue(command.Id, out var inFlight) && inFlight.Revision >= command.Revision);

    /// <summary>A channel of one slot, used as a signal or, starting full, as a lock that is held while its slot is empty.</summary>
    private static Channel<bool> OneSlot(bool full)
    {
        var channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        if (full)
        {
            channel.Writer.TryWrite(true);
        }

        return channel;
    }
}
