using System.Data.Common;
using Master.Database.Engines;
using Master.Database.Schema;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Cluster_names_are_unique()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        await InsertClusterAsync(engine, "c1", "production");

        var duplicate = () => InsertClusterAsync(engine, "c2", "production");

        await duplicate.Should().ThrowAsync<DbException>();
        (await InsertClusterAsync(engine, "c3", "Production")).Should().Be(1, "names differ in case, which counts on every engine");
    }

    [Test]
    public async Task Configuration_versions_are_unique_per_name()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var now = engine.Timestamp(DateTimeOffset.UtcNow);
        var id = await ScalarAsync<long>(engine,
            engine.InsertReturningId("INSERT INTO configurations (name, created_at, updated_at) VALUES ('agent', @now, @now)"), new { now });
        Task<int> InsertVersionAsync(string name, int version) => ExecuteAsync(engine, """
            INSERT INTO configuration_history (configuration_id, name, version, content, content_hash, created_at)
            VALUES (@id, @name, @version, '{}', 'h', @now)
            """, new { id, name, version, now });
        await InsertVersionAsync("agent", 1);
        await InsertVersionAsync("agent", 2);
        await InsertVersionAsync("other", 1);

        var duplicate = () => InsertVersionAsync("agent", 2);

        await duplicate.Should().ThrowAsync<DbException>();
    }

    [Test]
    public async Task Command_log_chunks_are_unique_per_command_stream_and_offset()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var now = engine.Timestamp(DateTimeOffset.UtcNow);
        await ExecuteAsync(engine, """
            INSERT INTO command_history (id, cluster_id, topic, action, status, created_at)
            VALUES ('cmd-1', 'c1', 'ops', 'logs', 'running', @now)
            """, new { now });
        Task<int> InsertChunkAsync(string stream, long offset) => ExecuteAsync(engine, """
            INSERT INTO command_log_chunks (command_id, stream, chunk_offset, content, created_at)
            VALUES ('cmd-1', @stream, @offset, 'line', @now)
            """, new { stream, offset, now });
        await InsertChunkAsync("stdout", 0);
        await InsertChunkAsync("stdout", 4);
        await InsertChunkAsync("stderr", 0);

        var duplicate = () => InsertChunkAsync("stdout", 4);

        await duplicate.Should().ThrowAsync<DbException>();
    }

    [Test]
    public async Task Cluster_events_are_unique_per_cluster_by_uid_or_else_by_involved_object_and_reason()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var byUid = ClusterEventDedupKey.For("5f1c-uid", "Pod", "default", "web-0", "BackOff");
        var byObject = ClusterEventDedupKey.For(null, "Pod", "default", "web-0", "BackOff");
        await InsertEventAsync(engine, "c1", byUid, "5f1c-uid");
        await InsertEventAsync(engine, "c1", byObject, null);
        await InsertEventAsync(engine, "c2", byObject, null);
        await InsertEventAsync(engine, "c1", ClusterEventDedupKey.For("other-uid", "Pod", "default", "web-0", "BackOff"), "other-uid");

        var sameUid = () => InsertEventAsync(engine, "c1", byUid, "5f1c-uid");
        var sameObject = () => InsertEventAsync(engine, "c1", byObject, null);

        await sameUid.Should().ThrowAsync<DbException>();
        await sameObject.Should().ThrowAsync<DbException>();
    }

    private static Task<int> InsertEventAsync(DatabaseEngine engine, string clusterId, string dedupKey, string? uid) =>
        ExecuteAsync(engine, """
            INSERT INTO cluster_events (cluster_id, dedup_key, event_uid, involved_kind, involved_namespace, involved_name, reason,
                event_count, first_timestamp, last_timestamp, created_at, updated_at)
            VALUES (@clusterId, @dedupKey, @uid, 'Pod', 'default', 'web-0', 'BackOff', 1, @now, @now, @now, @now)
            """, new { clusterId, dedupKey, uid, now = engine.Timestamp(DateTimeOffset.UtcNow) });
}
