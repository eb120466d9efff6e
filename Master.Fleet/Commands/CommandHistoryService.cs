using Master.Database.Commands;
using Master.DataHub;
using Master.DataHub.Changes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Commands;

/// <summary>
/// Keeps the command history in step with the hub. At start, before the agent listener takes polls, it puts the commands
/// that were pending or dispatched when Master stopped back into the live queues (a memory hub lost them; a shared hub
/// kept them and the restore leaves them alone). Then it writes every status change from the change feed; a subscriber
/// cut off for falling behind re-reads every command the hub holds, so no change is skipped for good. When the host
/// stops, what is still queued is written.
/// </summary>
internal sealed class CommandHistoryService(
    IDataHub hub,
    ICommandHistoryRepository history,
    CommandHistoryWriter writer,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<CommandHistoryService> logger) : BackgroundService
{
    // How long stopping waits for the feed to deliver what the hub published before it stopped.
    private static readonly TimeSpan FeedDrainTimeout = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _feedEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IAsyncEnumerator<Change>? _firstSubscription;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed first, so no change made after the restore is missed however late ExecuteAsync runs.
        _firstSubscription = hub.SubscribeAsync(_stopping.Token).GetAsyncEnumerator(_stopping.Token);
        await RestoreAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Wall-clock time: this bounds the shutdown, whatever clock the jobs run on.
            await _feedEnded.Task.WaitAsync(FeedDrainTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A hub that keeps its feed open: what was marked so far is written below.
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushUntilStoppedAsync(cancellationToken).ConfigureAwait(false);
    }

    // Cancelled, not disposed, as BackgroundService treats its own token source (see EventPersistenceService).
    public override void Dispose()
    {
        _stopping.Cancel();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(FollowFeedAsync(stoppingToken), WriteAsync(stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is queued.
        }
    }

    private async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var unfinished = await history.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        var restored = 0;
        foreach (var command in unfinished.Select(CommandRecords.ToCommand))
        {
            if (await hub.RestoreCommandAsync(command, cancellationToken).ConfigureAwait(false))
            {
                restored++;
            }
        }

        writer.NoteWritten(unfinished.Select(CommandRecords.ToCommand));
        if (unfinished.Count > 0)
        {
            logger.CommandsRestored(restored, unfinished.Count - restored);
        }
    }

    private async Task FollowFeedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var changes = Interlocked.Exchange(ref _firstSubscription, null);
            var resubscribed = changes is null;
            changes ??= hub.SubscribeAsync(stoppingToken).GetAsyncEnumerator(stoppingToken);
            await using (changes.ConfigureAwait(false))
            {
                if (resubscribed)
                {
                    // Subscribed again before reading: a change made in between is seen twice, never missed.
                    foreach (var command in await hub.ListCommandsAsync(cancellationToken: stoppingToken).ConfigureAwait(false))
                    {
                        writer.Mark(command);
                    }
                }

                try
                {
                    while (await changes.MoveNextAsync().ConfigureAwait(false))
                    {
                        if (changes.Current is CommandUpdated updated)
                        {
                            writer.Mark(updated.Command);
                        }
                    }

                    _feedEnded.TrySetResult(); // The hub stopped.
                    return;
                }
                catch (ChangeFeedOverflowException)
                {
                    logger.CommandFeedOverflow();
                }
            }
        }
    }

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        while (await writer.WaitMarkedAsync(stoppingToken).ConfigureAwait(false))
        {
            while (!await writer.FlushAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.Value.RetryDelay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes what is left, retrying a failing store until the host's shutdown timeout runs out.</summary>
    private async Task FlushUntilStoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!await writer.FlushAsync(cancellationToken).ConfigureAwait(false))
            {
                // Wall-clock: the shutdown timeout is, and a test's frozen clock must not hold the host.
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.CommandHistoryLost(writer.PendingCount);
        }
    }
}
