using System.Diagnostics.CodeAnalysis;

namespace Master.DataHub.Redis;

internal sealed partial class RedisDataHub
{
    /// <summary>The lease the liveness and deadline sweep runs under, so that one instance sweeps for the fleet.</summary>
    internal const string SweepLease = "datahub-sweep";

    public async ValueTask<bool> TryAcquireLeaseAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = Now;

        // The hub's clock decides who holds the lease; the key's own expiry only clears leases nobody renews.
        return (long)await RunAsync(
            RedisScripts.AcquireLease,
            now,
            name,
            InstanceId,
            RedisTime.Format(now + duration),
            (long)Math.Ceiling(duration.TotalMilliseconds)).ConfigureAwait(false) == 1;
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failed sweep must not end the loop.")]
    private async Task RunSweepLoopAsync(CancellationToken cancellationToken)
    {
        // A lease a few intervals long: a stopped or crashed sweeper is replaced within seconds, a slow sweep keeps it.
        var lease = TimeSpan.FromTicks(Math.Max(_options.LivenessCheckInterval.Ticks * 5, TimeSpan.FromSeconds(5).Ticks));
        using var timer = new PeriodicTimer(_options.LivenessCheckInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    if (await TryAcquireLeaseAsync(SweepLease, lease, cancellationToken).ConfigureAwait(false))
                    {
                        await SweepOfflineAgentsAsync(cancellationToken).ConfigureAwait(false);
                        await SweepCommandsAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _logger.SweepFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private async Task RunRecheckLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_redisOptions.PollRecheckInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await RecheckHeldPollsAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
