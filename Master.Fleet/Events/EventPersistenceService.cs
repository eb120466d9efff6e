using Master.DataHub;
using Master.DataHub.Changes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Events;

/// <summary>
/// Feeds <see cref="EventPersister"/> from the change feed and runs its writes: every cluster holding a snapshot at
/// start (a shared hub keeps them across restarts), then every cluster whose snapshot changes. A subscriber cut off for
/// falling behind re-marks every cluster, so no snapshot is skipped for good.
/// </summary>
internal sealed class EventPersistenceService(
    IDataHub hub,
    EventPersister persister,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<EventPersistenceService> logger) : BackgroundService
{
    // How long stopping waits for the feed to deliver what the hub published before it stopped.
    private static readonly TimeSpan FeedDrainTimeout = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _feedEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IAsyncEnumerator<Change>? _firstSubscription;

    /// <summary>
    /// Subscribes before the host goes on starting: the hosting runs <see cref="ExecuteAsync"/> on the thread pool, so a
    /// subscription made there could miss a snapshot that arrives first, from a cluster the hub does not know as an agent.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _firstSubscription = hub.SubscribeAsync(_stopping.Token).GetAsyncEnumerator(_stopping.Token);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The hub ends its feed when it stops, in the host's stopping phase, before this runs: what it published last is
        // still to be read, so let the feed finish before cancelling it.
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

        // The memory hub's snapshots die with the process: what arrived last is written now.
        await persister.PersistMarkedAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(FollowFeedAsync(stoppingToken), WriteAsync(stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is marked.
        }
    }

    private async Task FollowFeedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Subscribe first, then mark what exists: a snapshot stored in between is seen twice, never missed.
            var changes = Interlocked.Exchange(ref _firstSubscription, null)
                ?? hub.SubscribeAsync(stoppingToken).GetAsyncEnumerator(stoppingToken);
            await using (changes.ConfigureAwait(false))
            {
                await MarkEveryClusterAsync(stoppingToken).ConfigureAwait(false);
                try
                {
                    while (await changes.MoveNextAsync().ConfigureAwait(false))
                    {
                        switch (changes.Current)
                        {
                            case SnapshotUpdated updated:
                                persister.Mark(updated.ClusterId);
                                break;
                            case ClusterRemoved removed:
                                persister.Forget(removed.ClusterId);
                                break;
                        }
                    }

                    _feedEnded.TrySetResult(); // The hub stopped.
                    return;
                }
                catch (ChangeFeedOverflowException)
                {
                    logger.EventFeedOverflow();
                }
            }
        }
    }

    // Cancelled, not disposed, as BackgroundService treats its own token source: when two stops overlap (a test host's and
    // the entry point's), the host may be disposed before the later one reaches this StopAsync, which must still run.
    public override void Dispose()
    {
        _stopping.Cancel();
        base.Dispose();
    }

    private async Task MarkEveryClusterAsync(CancellationToken cancellationToken)
    {
        foreach (var agent in await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (agent.LastSnapshotAt is not null)
            {
                persister.Mark(agent.ClusterId);
            }
        }
    }

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        while (await persister.WaitAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!await persister.PersistMarkedAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.Value.RetryDelay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
