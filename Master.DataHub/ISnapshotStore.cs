using Master.DataHub.Snapshots;

namespace Master.DataHub;

/// <summary>The latest snapshot of every cluster. Only the latest is live state; history belongs to the relational store.</summary>
public interface ISnapshotStore
{
    /// <summary>
    /// Replaces the cluster's snapshot. The version is one more than the cluster's previous one (1 for the first),
    /// <see cref="StoredSnapshot.ReceivedAt"/> is the hub's clock, and a <see cref="Changes.SnapshotUpdated"/> change is published.
    /// The snapshot must not be changed by anyone once handed over.
    /// </summary>
    ValueTask<StoredSnapshot> SetSnapshotAsync(
        string clusterId, ClusterSnapshot snapshot, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Returns the cluster's latest snapshot, or null when it has none.</summary>
    ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Returns the content hash of the cluster's latest snapshot without loading it, or null when it has none.</summary>
    ValueTask<string?> GetSnapshotHashAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a cluster: its snapshot and agent state go, its queued commands become expired. False when unknown.</summary>
    ValueTask<bool> RemoveClusterAsync(string clusterId, CancellationToken cancellationToken = default);
}
