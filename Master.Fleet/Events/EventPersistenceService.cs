using Master.DataHub;
using Master.DataHub.Changes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Events;

/// <summary>
/// Feeds <see cref="EventPersister"/> from the change feed and runs its writes: every cluster holding a snapshot on each
/// subscription (a shared hub keeps them across restarts; a subscriber cut off for falling behind re-marks them all, so
/// no snapshot is skipped for good), then every cluster whose snapshot changes.
/// </summary>
internal sealed class EventPersistenceService(
    IDataHub hub,
    EventPersister persister,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<EventPersistenceService> logger) : ChangeFeedJob(hub)
{
    protected override async Task OnSubscribedAsync(CancellationToken cancellationToken)
    {
        foreach (var agent in await Hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (agent.LastSnapshotAt is not null)
            {
                persister.Mark(agent.ClusterId);
            }
        }
    }

    protected override void OnChange(Change change)
    {
        switch (change)
        {
            case SnapshotUpdated updated:
                persister.Mark(updated.ClusterId);
                break;
            case ClusterRemoved removed:
                persister.Forget(removed.ClusterId);
                break;
        }
    }

    protected override void OnFeedOverflow() => logger.EventFeedOverflow();

    protected override void OnHubUnavailable() => logger.FeedHubUnavailable("event persistence");

    protected override async Task WriteAsync(CancellationToken stoppingToken)
    {
        while (await persister.WaitAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!await persister.PersistMarkedAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.Value.RetryDelay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    // The memory hub's snapshots die with the process: what arrived last is written now.
    protected override Task OnStoppedAsync(CancellationToken cancellationToken) => persister.PersistMarkedAsync(cancellationToken);
}
