using Master.DataHub;

namespace Master.Query;

/// <summary>
/// Typed reads of the fleet for the API: clusters, their status and their latest snapshot, built from the DataHub's
/// agents and snapshots joined with the cluster registry (<see cref="IClusterDirectory"/>). Wherever a cluster id is
/// taken, the cluster's unique name is accepted too; the id wins when a name equals another cluster's id.
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

    /// <summary>Returns the id of the cluster known by <paramref name="idOrName"/>, live or registered, or null when none is.</summary>
    ValueTask<string?> ResolveClusterIdAsync(string idOrName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns <paramref name="root"/> and up to <paramref name="max"/> - 1 objects it owns, transitively, in the cluster's
    /// latest snapshot (a Deployment's ReplicaSets and their Pods, ...): the root alone when the cluster sent no snapshot,
    /// null when the cluster is unknown.
    /// </summary>
    ValueTask<IReadOnlyList<ObjectRef>?> GetObjectFamilyAsync(
        string clusterId, ObjectRef root, int max, CancellationToken cancellationToken = default);
}
