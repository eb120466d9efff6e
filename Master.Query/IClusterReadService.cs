using Master.DataHub;

namespace Master.Query;

/// <summary>
/// Typed reads of the fleet's live state for the API: clusters, their status and their latest snapshot, built from the
/// DataHub's agents and snapshots.
/// </summary>
public interface IClusterReadService
{
    /// <summary>
    /// Returns up to <paramref name="limit"/> of the clusters that match <paramref name="filter"/> (all when null),
    /// ordered by id (ordinal), starting after the cluster id <paramref name="after"/> (from the beginning when null; the
    /// id need not exist any more), with the number of matching clusters in all.
    /// </summary>
    ValueTask<ClusterPage> ListClustersAsync(
        int limit, string? after = null, ClusterFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Returns one cluster by id (or name), or null when it is unknown.</summary>
    ValueTask<ClusterView?> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Returns the liveness and snapshot freshness of one cluster, or null when it is unknown.</summary>
    ValueTask<ClusterStatusView?> GetStatusAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Returns the latest normalised snapshot of one cluster, or null when the cluster is unknown or sent none yet.</summary>
    ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default);
}
