namespace Master.DataHub;

/// <summary>
/// Named leases, so that a job meant to run once per fleet (stale-agent cleanup, event retention, the command sweeper)
/// runs on one Master instance at a time. A hub only one instance uses holds every lease.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for this hub instance until <paramref name="duration"/> from now by the hub's
    /// clock, or renews it when this instance holds it already. True when this instance holds it now; false while another
    /// instance's lease runs.
    /// </summary>
    ValueTask<bool> TryAcquireLeaseAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default);
}
