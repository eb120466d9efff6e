using Master.DataHub.Changes;
using Master.DataHub.Snapshots;

namespace Master.DataHub.Memory;

internal sealed partial class MemoryDataHub
{
    public ValueTask<StoredSnapshot> SetSnapshotAsync(
        string clusterId, ClusterSnapshot snapshot, string contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(contentHash);
        lock (_sync)
        {
            var version = _snapshots.TryGetValue(clusterId, out var previous) ? previous.Version + 1 : 1;
            var stored = new StoredSnapshot(clusterId, version, Now, contentHash, snapshot);
            _snapshots[clusterId] = stored;
            _changes.Publish(new SnapshotUpdated(clusterId, stored.ReceivedAt, version));
            return ValueTask.FromResult(stored);
        }
    }

    public ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        lock (_sync)
        {
            return ValueTask.FromResult(_snapshots.GetValueOrDefault(clusterId));
        }
    }

    public ValueTask<string?> GetSnapshotHashAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        lock (_sync)
        {
            return ValueTask.FromResult(_snapshots.GetValueOrDefault(clusterId)?.ContentHash);
        }
    }

    public ValueTask<bool> RemoveClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        lock (_sync)
        {
            var known = _snapshots.Remove(clusterId) | _agents.Remove(clusterId);
            var expired = ExpireQueuedCommands(clusterId);
            if (!known && expired == 0)
            {
                return ValueTask.FromResult(false);
            }

            _changes.Publish(new ClusterRemoved(clusterId, Now));
            _logger.ClusterRemoved(clusterId, expired);
            return ValueTask.FromResult(true);
        }
    }
}
