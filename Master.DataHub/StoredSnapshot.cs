using Master.DataHub.Snapshots;

namespace Master.DataHub;

/// <summary>A cluster's latest snapshot as the hub holds it.</summary>
/// <param name="ClusterId">The cluster the snapshot belongs to.</param>
/// <param name="Version">Increases by one with every stored snapshot of the cluster, starting at 1.</param>
/// <param name="ReceivedAt">When the hub stored it (Master's clock, UTC).</param>
/// <param name="ContentHash">Hash of the decompressed bytes the snapshot was decoded from.</param>
/// <param name="Snapshot">The normalised snapshot; read-only from here on.</param>
public sealed record StoredSnapshot(
    string ClusterId, long Version, DateTimeOffset ReceivedAt, string ContentHash, ClusterSnapshot Snapshot);
