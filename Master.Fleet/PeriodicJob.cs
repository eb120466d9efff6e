using Microsoft.Extensions.Hosting;

namespace Master.Fleet;

/// <summary>
/// A fleet-wide job that runs one pass every <see cref="Interval"/> on the host's clock. A failed pass (the store is
/// down) is reported and the job goes on: the next pass tries again.
/// </summary>
internal abstract class PeriodicJob(TimeProvider timeProvider) : BackgroundService
{
    /// <summary>The host's clock, for the passes too.</summary>
    protected TimeProvider Time { get; } = timeProvider;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; throws when it fails.</summary>
    public abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected abstract void OnPassFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
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
                    OnPassFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
