using System.Globalization;
using Master.Database.Registry;
using Master.DataHub;
using Microsoft.Extensions.Logging;

namespace Master.Fleet.Registry;

/// <summary>
/// Keeps the <c>clusters</c> table and <see cref="RegistryDirectory"/> in step: loads the registry at start, registers
/// clusters on their agent's first contact, applies operators' edits.
/// </summary>
internal sealed class ClusterRegistry(
    IClusterRepository clusters, IAgentRepository agents, IDataHub hub, RegistryDirectory directory, ILogger<ClusterRegistry> logger)
    : IClusterRegistry
{
    // Far more than any real collision needs; it bounds the loop when names are taken on purpose.
    private const int MaxNameAttempts = 100;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var registered = await clusters.ListAsync(cancellationToken).ConfigureAwait(false);
        var recorded = await agents.ListAsync(cancellationToken).ConfigureAwait(false);
        directory.Load(registered, recorded);
        logger.RegistryLoaded(registered.Count, recorded.Count);
    }

    /// <summary>
    /// Registers the clusters of <paramref name="clusterIds"/> that are not registered yet, each under its id as name, or
    /// the id with the first free suffix when an operator gave that name to another cluster. Another instance may have
    /// registered one meanwhile: its row is taken then. The directory is republished once for all of them.
    /// </summary>
    public async Task EnsureRegisteredAsync(IEnumerable<string> clusterIds, CancellationToken cancellationToken)
    {
        var registered = new List<ClusterRecord>();
        foreach (var clusterId in clusterIds.Where(id => directory.Cluster(id) is null))
        {
            registered.Add(await RegisterAsync(clusterId, cancellationToken).ConfigureAwait(false));
        }

        if (registered.Count > 0)
        {
            directory.Put(registered);
        }
    }

    private async Task<ClusterRecord> RegisterAsync(string clusterId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxNameAttempts; attempt++)
        {
            var name = attempt == 1 ? clusterId : string.Create(CultureInfo.InvariantCulture, $"{clusterId}-{attempt}");
            var record = new ClusterRecord(clusterId, name, null, string.Empty, new Dictionary<string, string>());
            if (await clusters.CreateAsync(record, cancellationToken).ConfigureAwait(false) == WriteOutcome.Written)
            {
                logger.ClusterRegistered(clusterId, name);
                return record;
            }

            if (await clusters.GetAsync(clusterId, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return existing;
            }
        }

        throw new InvalidOperationException($"No free name for cluster '{clusterId}' after {MaxNameAttempts} attempts.");
    }

    public async Task<ClusterChangeOutcome> ChangeAsync(string clusterId, ClusterChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        ArgumentNullException.ThrowIfNull(change);
        if (directory.Cluster(clusterId) is null)
        {
            if (await hub.GetAgentAsync(clusterId, cancellationToken).ConfigureAwait(false) is null)
            {
                return ClusterChangeOutcome.NotFound;
            }

            await EnsureRegisteredAsync([clusterId], cancellationToken).ConfigureAwait(false);
        }

        // Another cluster's id is its name until an operator renames it, and ids win lookups: both count as taken.
        if (change.Name is { } name && name != clusterId
            && (directory.Cluster(name) is not null || await hub.GetAgentAsync(name, cancellationToken).ConfigureAwait(false) is not null))
        {
            return ClusterChangeOutcome.NameTaken;
        }

        var current = directory.Cluster(clusterId)!;
        var changed = current with
        {
            Name = change.Name ?? current.Name,
            Description = change.Description is null ? current.Description : NullIfEmpty(change.Description),
            Environment = change.Environment ?? current.Environment,
            Labels = change.Labels ?? current.Labels,
        };
        switch (await clusters.UpdateAsync(changed, cancellationToken).ConfigureAwait(false))
        {
            case WriteOutcome.Conflict:
                return ClusterChangeOutcome.NameTaken;
            case WriteOutcome.NotFound:
                directory.Remove([clusterId]);
                return ClusterChangeOutcome.NotFound;
            default:
                directory.Put([changed]);
                return ClusterChangeOutcome.Changed;
        }
    }

    public async Task<bool> ForgetAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        var live = await hub.RemoveClusterAsync(clusterId, cancellationToken).ConfigureAwait(false);
        var registered = await clusters.DeleteAsync(clusterId, cancellationToken).ConfigureAwait(false);
        directory.Remove([clusterId]);
        return live || registered;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
