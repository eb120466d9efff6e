namespace Master.Query;

/// <summary>
/// The cluster registry as the read side sees it: every cluster Master knows, with the metadata operators gave it. The
/// live state (liveness, snapshots) stays in the DataHub; the registry adds names, descriptions, environments and labels,
/// and keeps clusters listed while their agents are silent. Without a registry, a cluster's name is its id.
/// </summary>
public interface IClusterDirectory
{
    /// <summary>Every registered cluster, in no particular order.</summary>
    ValueTask<IReadOnlyList<RegisteredCluster>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The cluster whose id, or else whose unique name, is <paramref name="idOrName"/>; null when none.</summary>
    ValueTask<RegisteredCluster?> FindAsync(string idOrName, CancellationToken cancellationToken = default);
}
