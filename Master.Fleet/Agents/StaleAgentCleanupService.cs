using Master.Database.Registry;
using Master.DataHub;
using Master.Fleet.Registry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Agents;

/// <summary>
/// Every <see cref="FleetOptions.AgentCleanupInterval"/>: agents offline for longer than
/// <see cref="FleetOptions.AgentStaleThreshold"/> leave the live registry once their last state is written (queued
/// commands expire, agent-protocol.md L6), records silent for longer than <see cref="FleetOptions.AgentPurgeAfter"/> are
/// deleted with their registry rows, and the directory is re-read so edits made by other instances show here.
/// </summary>
internal sealed class StaleAgentCleanupService(
    IDataHub hub,
    IAgentRepository agents,
    AgentRecordWriter writer,
    ClusterRegistry registry,
    RegistryDirectory directory,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<StaleAgentCleanupService> logger) : BackgroundService
{
    /// <summary>One cleanup pass; throws when the store fails (nothing is removed from the hub then).</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var stale = (await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false))
            .Where(agent => !agent.Online && now - agent.LastSeen >= settings.AgentStaleThreshold)
            .ToList();
        if (stale.Count > 0)
        {
            // The record must say "offline" before the live state that says so goes.
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            foreach (var agent in stale)
            {
                await hub.RemoveClusterAsync(agent.ClusterId, cancellationToken).ConfigureAwait(false);
                logger.StaleAgentRemoved(agent.ClusterId, agent.LastSeen);
            }
        }

        var cutoff = now - settings.AgentPurgeAfter;
        var purged = await agents.PurgeSilentSinceAsync(cutoff, cancellationToken).ConfigureAwait(false);
        if (purged.Count > 0)
        {
            directory.Remove(purged);
            writer.Forget(purged);
            foreach (var clusterId in purged)
            {
                logger.AgentPurged(clusterId, cutoff);
            }
        }

        await registry.LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.AgentCleanupInterval;
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
                    logger.AgentCleanupFailed(interval, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
