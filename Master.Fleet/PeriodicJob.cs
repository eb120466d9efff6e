using Master.DataHub;
using Microsoft.Extensions.Hosting;

namespace Master.Fleet;

/// <summary>
/// A fleet-wide job that runs one pass every <see cref="Interval"/> on the host's clock. Its fleet-wide work runs under
/// a lease (<see cref="ILeaseStore"/>), so that with several instances on one shared hub one of them does it; with the
/// memory hub the instance always holds the lease. A failed pass (the store or the hub is down) is reported and the job
/// goes on: the next pass tries again.
/// </summary>
internal abstract class PeriodicJob(IDataHub hub, TimeProvider timeProvider) : BackgroundService
{
    /// <summary>The host's clock, for the passes too.</summary>
    protected TimeProvider Time { get; } = timeProvider;

    /// <summary>The hub that holds the lease, and the live state the passes work on.</summary>
    protected IDataHub Hub { get; } = hub;

    protected abstract TimeSpan Interval { get; }

    /// <summary>The lease the fleet-wide work runs under, one name per job.</summary>
    protected abstract string LeaseName { get; }

    /// <summary>
    /// Two intervals: the holder renews it every pass with room to spare, and when it stops or dies another instance takes
    /// over at its first pass after the lease lapsed.
    /// </summary>
    private TimeSpan LeaseDuration => Interval * 2;

    /// <summary>One pass: the fleet-wide work when this instance holds the lease, then this instance's own work.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await Hub.TryAcquireLeaseAsync(LeaseName, LeaseDuration, cancellationToken).ConfigureAwait(false))
        {
            await RunFleetPassAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            OnLeaseHeldElsewhere();
        }

        await RunInstancePassAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The work done once for the fleet; throws when it fails.</summary>
    protected abstract Task RunFleetPassAsync(CancellationToken cancellationToken);

    /// <summary>The work every instance does for itself each pass (none by default); throws when it fails.</summary>
    protected virtual Task RunInstancePassAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract void OnLeaseHeldElsewhere();

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
#pragma warning disable CA1031 // A store or hub outage must not end the job; the next pass tries again.
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
