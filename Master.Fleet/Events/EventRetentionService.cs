using Master.Database.Events;
using Master.DataHub;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Events;

/// <summary>
/// Every <see cref="FleetOptions.EventCleanupInterval"/>, deletes persisted events older than
/// <see cref="FleetOptions.EventRetention"/> and keeps at most <see cref="FleetOptions.EventMaxCount"/> per cluster, for
/// every cluster in the table, online or not, registered or forgotten; one instance does it, under the
/// <c>event-retention</c> lease.
/// </summary>
internal sealed class EventRetentionService(
    IDataHub hub,
    IClusterEventRepository events,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<EventRetentionService> logger) : PeriodicJob(hub, timeProvider)
{
    /// <summary>One retention pass; throws when the store fails.</summary>
    protected override async Task RunFleetPassAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = Time.GetUtcNow() - settings.EventRetention;
        var expired = await events.DeleteOlderThanAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var trimmed = await events.TrimPerClusterAsync(settings.EventMaxCount, cancellationToken).ConfigureAwait(false);
        if (expired + trimmed > 0)
        {
            logger.EventsTrimmed(expired, cutoff, trimmed, settings.EventMaxCount);
        }
    }

    protected override TimeSpan Interval => options.Value.EventCleanupInterval;

    protected override string LeaseName => "event-retention";

    protected override void OnLeaseHeldElsewhere() => logger.FleetPassElsewhere(LeaseName);

    protected override void OnPassFailed(Exception exception) => logger.EventRetentionFailed(Interval, exception);
}
