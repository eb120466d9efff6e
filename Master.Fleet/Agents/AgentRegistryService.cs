using Master.Fleet.Registry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Agents;

/// <summary>
/// Loads the registry when the host starts (after the schema migration, so every known cluster is listed from the
/// first request, offline until its agent reports), then flushes agent records every
/// <see cref="FleetOptions.AgentPersistInterval"/> and once more when the host stops.
/// </summary>
internal sealed class AgentRegistryService(
    ClusterRegistry registry, AgentRecordWriter writer, IOptions<FleetOptions> options, TimeProvider timeProvider) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await registry.LoadAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AgentPersistInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!await FlushAsync(stoppingToken).ConfigureAwait(false))
                {
                    // The directory may be stale (a cluster deleted elsewhere makes every batch fail): re-read it.
                    await ReloadAsync(stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    /// <summary>False when the store failed; the writer logged it and keeps the changes for the next flush.</summary>
    private async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
#pragma warning disable CA1031 // A store outage must never end the loop: heartbeats go on, records catch up later.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await registry.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Still down: the writer has logged it, and the next flush tries again.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
        }
    }
}
