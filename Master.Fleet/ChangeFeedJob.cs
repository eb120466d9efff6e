using Master.DataHub;
using Master.DataHub.Changes;
using Microsoft.Extensions.Hosting;

namespace Master.Fleet;

/// <summary>
/// A job that follows the hub's change feed and writes what it learns to the relational store. It subscribes when the
/// host starts (the hosting runs <see cref="ExecuteAsync"/> on the thread pool, so a later subscription could miss the
/// first changes); on every subscription it re-reads the state it follows, so a subscriber cut off for falling behind
/// skips nothing for good. When the host stops it lets the feed deliver what the hub published last, then writes.
/// </summary>
internal abstract class ChangeFeedJob(IDataHub hub) : BackgroundService
{
    // How long stopping waits for the feed to deliver what the hub published before it stopped.
    private static readonly TimeSpan FeedDrainTimeout = TimeSpan.FromSeconds(2);

    // Wall-clock time: how soon a job whose hub was unreachable tries again.
    private static readonly TimeSpan HubRetryDelay = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _feedEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IAsyncEnumerator<Change>? _firstSubscription;

    /// <summary>The hub whose feed is followed.</summary>
    protected IDataHub Hub { get; } = hub;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _firstSubscription = Hub.SubscribeAsync(_stopping.Token).GetAsyncEnumerator(_stopping.Token);
        await OnStartingAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
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
            // A hub that keeps its feed open: what was seen so far is written below.
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await OnStoppedAsync(cancellationToken).ConfigureAwait(false);
    }

    // Cancelled, not disposed, as BackgroundService treats its own token source: when two stops overlap (a test host's and
    // the entry point's), the host may be disposed before the later one reaches StopAsync, which must still run.
    public override void Dispose()
    {
        _stopping.Cancel();
        base.Dispose();
    }

    /// <summary>Runs at start, after the first subscription and before the host goes on starting.</summary>
    protected virtual Task OnStartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Re-reads the state the job follows; called on every subscription, before its first change is read.</summary>
    protected abstract Task OnSubscribedAsync(CancellationToken cancellationToken);

    /// <summary>One change from the feed.</summary>
    protected abstract void OnChange(Change change);

    /// <summary>The job fell behind the feed and was cut off; it subscribes again.</summary>
    protected abstract void OnFeedOverflow();

    /// <summary>The hub could not be reached; the job subscribes again shortly.</summary>
    protected abstract void OnHubUnavailable();

    /// <summary>The job's writing loop, until <paramref name="stoppingToken"/> fires.</summary>
    protected abstract Task WriteAsync(CancellationToken stoppingToken);

    /// <summary>Writes what is left once the feed has ended.</summary>
    protected abstract Task OnStoppedAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(FollowFeedAsync(stoppingToken), WriteAsync(stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    private async Task FollowFeedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Subscribe first, then re-read: a change made in between is seen twice, never missed.
            var changes = Interlocked.Exchange(ref _firstSubscription, null)
                ?? Hub.SubscribeAsync(stoppingToken).GetAsyncEnumerator(stoppingToken);
            await using (changes.ConfigureAwait(false))
            {
                try
                {
                    await OnSubscribedAsync(stoppingToken).ConfigureAwait(false);
                    while (await changes.MoveNextAsync().ConfigureAwait(false))
                    {
                        OnChange(changes.Current);
                    }

                    _feedEnded.TrySetResult(); // The hub stopped.
                    return;
                }
                catch (ChangeFeedOverflowException)
                {
                    OnFeedOverflow();
                }
                catch (DataHubUnavailableException)
                {
                    // Redis is down: the re-read failed or the feed broke. Wait, then subscribe and re-read again.
                    OnHubUnavailable();
                    await Task.Delay(HubRetryDelay, stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }
}
