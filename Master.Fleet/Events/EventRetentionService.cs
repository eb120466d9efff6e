using Master.Database.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Events;

/// <summary>
/// Every <see cref="FleetOptions.EventCleanupInterval"/>, deletes persisted events older than
/// <see cref="FleetOptions.EventRetention"/> and keeps at most <see cref="FleetOptions.EventMaxCount"/> per cluster, for
/// every cluster in the table, online or not, registered or forgotten.
/// </summary>
internal sealed class EventRetentionService(
    IClusterEventRepository events,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<EventRetentionService> logger) : BackgroundService
{
    /// <summary>One retention pass; throws when the store fails.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = timeProvider.GetUtcNow() - settings.EventRetention;
        var expired = await events.DeleteOlderThanAsync(cutoff, cancellationToken).ConfigureAwait(false);
        var trimmed = await events.TrimPerClusterAsync(settings.EventMaxCount, cancellationToken).ConfigureAwait(false);
        if (expired + trimmed > 0)
        {
            logger.EventsTrimmed(expired, cutoff, trimmed, settings.EventMaxCount);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.EventCleanupInterval;
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A store outage must not end the job; the next pass tries again.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.EventRetentionFailed(interval, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
