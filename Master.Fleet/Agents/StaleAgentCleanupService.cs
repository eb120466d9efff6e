using Master.Database.Registry;
using Master.DataHub;
using Master.Fleet.Registry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Agents;

/// <summary>
/// Every <see cref="FleetOptions.AgentCleanupInterval"/>: agents offline for longer than
/// <see cref="FleetOptions.AgentStaleThreshold"/> leave the live registry once their last state is written (queued
/// commands expire, agent-protocol.md L6), records silent for longer than <see cref="FleetOptions.AgentPurgeAfter"/> are
/// deleted with their registry rows (by the instance holding the <c>agent-cleanup</c> lease), and every instance re-reads
/// the directory so edits made by other instances show here.
/// </summary>
internal sealed class StaleAgentCleanupService(
    IDataHub hub,
    IAgentRepository agents,
    AgentRecordWriter writer,
    ClusterRegistry registry,
    RegistryDirectory directory,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<StaleAgentCleanupService> logger) : PeriodicJob(hub, timeProvider)
{
    /// <summary>One cleanup for the fleet; throws when the store fails (nothing is removed from the hub then).</summary>
    protected override async Task RunFleetPassAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = Time.GetUtcNow();
        var stale = (await Hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false))
            .Where(agent => !agent.Online && now - agent.LastSeen >= settings.AgentStaleThreshold)
            .ToList();
        if (stale.Count > 0)
        {
            // The record must say "offline" before the live state that says so goes.
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            foreach (var agent in stale)
            {
                await Hub.RemoveClusterAsync(agent.ClusterId, cancellationToken).ConfigureAwait(false);
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
    }

    protected override Task RunInstancePassAsync(CancellationToken cancellationToken) => registry.LoadAsync(cancellationToken);

    protected override TimeSpan Interval => options.Value.AgentCleanupInterval;

    protected override string LeaseName => "agent-cleanup";

    protected override void OnLeaseHeldElsewhere() => logger.FleetPassElsewhere(LeaseName);

    protected override void OnPassFailed(Exception exception) => logger.AgentCleanupFailed(Interval, exception);
}
