using System.Collections.Concurrent;
using System.Threading.Channels;
using Master.Database.Events;
using Master.DataHub;
using Microsoft.Extensions.Logging;

namespace Master.Fleet.Events;

/// <summary>
/// Upserts the events of clusters' latest snapshots into the event history, off the request path. Clusters are marked
/// when a new snapshot arrives and written later; a cluster marked several times before it is written is written once,
/// from its latest snapshot (events are cumulative, so nothing is lost that the hub still holds). A failed write leaves
/// the cluster marked for the next attempt.
/// </summary>
internal sealed class EventPersister(IDataHub hub, IClusterEventRepository events, FleetMetrics metrics, ILogger<EventPersister> logger)
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _persistedVersions = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    /// <summary>Marks a cluster whose snapshot changed.</summary>
    public void Mark(string clusterId)
    {
        _pending[clusterId] = 0;
        _wake.Writer.TryWrite(true);
    }

    /// <summary>Forgets a removed cluster's progress, so a cluster registered anew under the same id starts over.</summary>
    public void Forget(string clusterId) => _persistedVersions.TryRemove(clusterId, out _);

    /// <summary>Waits until a cluster is marked; false once the persister will not be woken again.</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _wake.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>
    /// Writes every marked cluster; true when all were written. Stops at the first failure (the store is likely down),
    /// keeping that cluster and the rest marked.
    /// </summary>
    public async Task<bool> PersistMarkedAsync(CancellationToken cancellationToken)
    {
        _wake.Reader.TryRead(out _);
        foreach (var clusterId in _pending.Keys)
        {
            _pending.TryRemove(clusterId, out _);
            var snapshot = await hub.GetSnapshotAsync(clusterId, cancellationToken).ConfigureAwait(false);
            if (snapshot is null || _persistedVersions.GetValueOrDefault(clusterId) >= snapshot.Version)
            {
                continue;
            }

            try
            {
                var clusterEvents = SnapshotEvents.Of(snapshot);
                await events.UpsertAsync(clusterId, clusterEvents, cancellationToken).ConfigureAwait(false);
                _persistedVersions[clusterId] = snapshot.Version;
                metrics.EventsPersisted(clusterEvents.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Mark(clusterId);
                metrics.StoreFailed("events");
                logger.EventPersistFailed(clusterId, snapshot.Version, exception);
                return false;
            }
        }

        return true;
    }
}
