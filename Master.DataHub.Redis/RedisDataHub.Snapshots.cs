using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Pipelines;
using Master.DataHub.Changes;
using Master.DataHub.Snapshots;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

// Snapshots are stored as gzip-compressed JSON. Each instance keeps the last one it decoded per cluster and, while its
// feed subscription is live, knows from SnapshotUpdated messages which version is current, so a warm read costs no
// round trip; otherwise one small read of the version decides whether the cached copy is still good.
internal sealed partial class RedisDataHub
{
    private readonly ConcurrentDictionary<string, StoredSnapshot> _snapshotCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _knownVersions = new(StringComparer.Ordinal);

    public async ValueTask<StoredSnapshot> SetSnapshotAsync(
        string clusterId, ClusterSnapshot snapshot, string contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(contentHash);
        var data = await CompressAsync(snapshot).ConfigureAwait(false);
        var now = Now;
        var version = (long)await RunAsync(RedisScripts.SetSnapshot, now, clusterId, contentHash, data).ConfigureAwait(false);
        var stored = new StoredSnapshot(clusterId, version, now, contentHash, snapshot);
        Remember(stored);
        return stored;
    }

    public async ValueTask<StoredSnapshot?> GetSnapshotAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        if (TryGetCurrent(clusterId) is { } current)
        {
            return current;
        }

        var database = await DatabaseAsync().ConfigureAwait(false);
        var head = await GuardAsync(() => database.HashGetAsync(_keys.Snapshot(clusterId), ["v", "at", "hash"])).ConfigureAwait(false);
        if (head[0].IsNull)
        {
            return null;
        }

        var version = (long)head[0];
        var receivedAt = RedisTime.Parse(head[1]!);
        if (_snapshotCache.TryGetValue(clusterId, out var cached) && cached.Version == version && cached.ReceivedAt == receivedAt)
        {
            NoteVersion(clusterId, version);
            return cached;
        }

        var fields = await GuardAsync(() => database.HashGetAsync(_keys.Snapshot(clusterId), ["v", "at", "hash", "data"])).ConfigureAwait(false);
        if (fields[0].IsNull)
        {
            return null;
        }

        var stored = new StoredSnapshot(
            clusterId, (long)fields[0], RedisTime.Parse(fields[1]!), fields[2]!, Decompress((byte[])fields[3]!));
        Remember(stored);
        return stored;
    }

    public async ValueTask<string?> GetSnapshotHashAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        if (TryGetCurrent(clusterId) is { } current)
        {
            return current.ContentHash;
        }

        var database = await DatabaseAsync().ConfigureAwait(false);
        return await GuardAsync(() => database.HashGetAsync(_keys.Snapshot(clusterId), "hash")).ConfigureAwait(false) is { IsNull: false } hash
            ? (string)hash!
            : null;
    }

    public async ValueTask<bool> RemoveClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        var outcome = (RedisResult[])(await RunAsync(
            RedisScripts.RemoveCluster, Now, clusterId, _terminalCommandRetention).ConfigureAwait(false))!;
        if ((long)outcome[0] == 0)
        {
            return false;
        }

        ForgetSnapshot(clusterId);
        _logger.ClusterRemoved(clusterId, (long)outcome[1]);
        return true;
    }

    private StoredSnapshot? TryGetCurrent(string clusterId)
    {
        lock (_sync)
        {
            if (!_feedLive)
            {
                return null;
            }
        }

        return _knownVersions.TryGetValue(clusterId, out var version)
            && _snapshotCache.TryGetValue(clusterId, out var cached)
            && cached.Version == version
                ? cached
                : null;
    }

    private void Remember(StoredSnapshot stored)
    {
        _snapshotCache.AddOrUpdate(
            stored.ClusterId, stored, (_, cached) => cached.Version > stored.Version ? cached : stored);
        NoteVersion(stored.ClusterId, stored.Version);
    }

    /// <summary>Only versions learnt while the feed is live are trusted: the feed then reports every later one.</summary>
    private void NoteVersion(string clusterId, long version)
    {
        lock (_sync)
        {
            if (!_feedLive)
            {
                return;
            }
        }

        _knownVersions.AddOrUpdate(clusterId, version, (_, known) => Math.Max(known, version));
    }

    private void NoteSnapshotChange(Change change)
    {
        switch (change)
        {
            case SnapshotUpdated updated:
                NoteVersion(updated.ClusterId, updated.Version);
                break;
            case ClusterRemoved removed:
                ForgetSnapshot(removed.ClusterId);
                break;
        }
    }

    private void ForgetSnapshot(string clusterId)
    {
        _knownVersions.TryRemove(clusterId, out _);
        _snapshotCache.TryRemove(clusterId, out _);
    }

    private void ForgetKnownVersions() => _knownVersions.Clear();

    /// <summary>
    /// Writes the JSON into a pipe that another thread compresses as it fills: serialising and compressing a 5,000-pod
    /// snapshot take about as long as each other, so on two cores this about halves the store, and no copy of the whole
    /// JSON is ever held.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>> CompressAsync(ClusterSnapshot snapshot)
    {
        var pipe = new Pipe();
        var compressed = new MemoryStream();
        var compressing = Task.Run(async () =>
        {
            // Completed with the failure, if any, so a writer waiting for room in the pipe is released, not left hanging.
            Exception? failure = null;
            try
            {
                await using var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true);
                await pipe.Reader.CopyToAsync(gzip).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failure = exception;
                throw;
            }
            finally
            {
                await pipe.Reader.CompleteAsync(failure).ConfigureAwait(false);
            }
        });
        try
        {
            await SnapshotJson.SerializeAsync(pipe.Writer.AsStream(leaveOpen: true), snapshot).ConfigureAwait(false);
        }
        finally
        {
            await pipe.Writer.CompleteAsync().ConfigureAwait(false);
        }

        await compressing.ConfigureAwait(false);
        return compressed.GetBuffer().AsMemory(0, (int)compressed.Length);
    }

    private static ClusterSnapshot Decompress(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var json = new MemoryStream();
        gzip.CopyTo(json);
        return SnapshotJson.Deserialize(json.GetBuffer().AsSpan(0, (int)json.Length));
    }
}
