using Master.DataHub;

namespace Master.Query;

/// <summary>
/// Typed reads of the fleet's live state for the API: clusters, their status and their latest snapshot, built from the
/// DataHub's agents and snapshots.
/// </summary>
public interface IClusterReadService
{
    /// <summary>
    /// Returns up to <paramref name="limit"/> clusters ordered by id (ordinal), starting after the cluster id
    /// <paramref name="after"/> (from the beginning when null), with the total number of clusters.
    /// </summary>
    ValueTask<ClusterPage> ListClustersAsync(int limit, string? after = null, CancellationToken cancellationToken = default);

    /// <summary>Returns one cluster by id (or name), or null when it is unknown.</summary>
    ValueTask<ClusterView?> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Returns the liveness and snapshot freshness of one cluster, or null when it is unknown.</summary>
    ValueTask<ClusterStatusView?> GetStatusAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Returns the latest normalised snapshot of one cluster, or null when the cluster is unknown or sent none yet.</summary>
    ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default);
}
