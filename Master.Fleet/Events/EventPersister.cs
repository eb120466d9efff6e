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
    // Cluster id -> how often it was marked. A mark is cleared only if no new one came while its cluster was written,
    // and only once that write succeeded: a write that fails or is cancelled (the host stopping) leaves it for the next.
    private readonly ConcurrentDictionary<string, long> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _persistedVersions = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    /// <summary>Marks a cluster whose snapshot changed.</summary>
    public void Mark(string clusterId)
    {
        _pending.AddOrUpdate(clusterId, 1, static (_, marks) => marks + 1);
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
        foreach (var mark in _pending)
        {
            var clusterId = mark.Key;
            var snapshot = await hub.GetSnapshotAsync(clusterId, cancellationToken).ConfigureAwait(false);
            if (snapshot is null || _persistedVersions.GetValueOrDefault(clusterId) >= snapshot.Version)
            {
                _pending.TryRemove(mark);
                continue;
            }

            try
            {
                var clusterEvents = SnapshotEvents.Of(snapshot);
                await events.UpsertAsync(clusterId, clusterEvents, cancellationToken).ConfigureAwait(false);
                _persistedVersions[clusterId] = snapshot.Version;
                _pending.TryRemove(mark);
                metrics.EventsPersisted(clusterEvents.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _wake.Writer.TryWrite(true); // Still marked: the writer comes back after its retry delay.
                metrics.StoreFailed("events");
                logger.EventPersistFailed(clusterId, snapshot.Version, exception);
                return false;
            }
        }

        return true;
    }
}
