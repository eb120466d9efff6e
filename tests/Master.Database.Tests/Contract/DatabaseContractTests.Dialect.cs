using System.Data.Common;
using Dapper;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    private const string Injection = "'; DROP TABLE users; --";

    [Test]
    public async Task Injection_text_round_trips_as_a_value()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        await InsertClusterAsync(engine, Injection, Injection + " \" ` \\ ");

        var name = await ScalarAsync<string>(engine, "SELECT name FROM clusters WHERE id = @id", new { id = Injection });

        name.Should().Be(Injection + " \" ` \\ ");
        (await ScalarAsync<long>(engine, "SELECT COUNT(*) FROM users")).Should().Be(0, "the users table still exists");
    }

    [Test]
    public async Task Upsert_inserts_then_updates_the_row_with_the_same_key()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var upsert = engine.Upsert("settings", ["setting_key", "setting_value", "updated_at"], ["setting_key"]);
        var now = engine.Timestamp(DateTimeOffset.UtcNow);

        await ExecuteAsync(engine, upsert, new { setting_key = "theme", setting_value = "dark", updated_at = now });
        await ExecuteAsync(engine, upsert, new { setting_key = "theme", setting_value = Injection, updated_at = now });

        (await ScalarAsync<long>(engine, "SELECT COUNT(*) FROM settings")).Should().Be(1);
        (await ScalarAsync<string>(engine, "SELECT setting_value FROM settings WHERE setting_key = 'theme'")).Should().Be(Injection);
    }

    [Test]
    public async Task Insert_returning_id_gives_each_new_row_its_own_increasing_id()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var insert = engine.InsertReturningId("""
            INSERT INTO users (username, password_hash, role, is_active, created_at, updated_at)
            VALUES (@username, 'hash', 'admin', @active, @now, @now)
            """);
        var now = engine.Timestamp(DateTimeOffset.UtcNow);

        var first = await ScalarAsync<long>(engine, insert, new { username = "ada", active = true, now });
        var second = await ScalarAsync<long>(engine, insert, new { username = "grace", active = false, now });

        second.Should().BeGreaterThan(first);
        (await ScalarAsync<bool>(engine, "SELECT is_active FROM users WHERE id = @first", new { first })).Should().BeTrue();
        (await ScalarAsync<bool>(engine, "SELECT is_active FROM users WHERE id = @second", new { second })).Should().BeFalse();
    }

    [Test]
    public async Task Timestamps_round_trip_as_the_same_utc_instant()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var local = new DateTimeOffset(2026, 3, 29, 2, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4560);
        await ExecuteAsync(engine, "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('t', 'v', @at)",
            new { at = engine.Timestamp(local) });

        await using var connection = await engine.OpenConnectionAsync();
        var stored = await connection.ExecuteScalarAsync("SELECT updated_at FROM settings WHERE setting_key = 't'");

        var read = engine.ReadTimestamp(stored!);
        read.Should().Be(local);
        read.Offset.Should().Be(TimeSpan.Zero);
    }

    [Test]
    public async Task Foreign_keys_are_enforced_on_every_connection()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];

        var orphan = () => ExecuteAsync(engine, """
            INSERT INTO agents (id, cluster_id, healthy, pods_count, created_at, updated_at)
            VALUES ('a1', 'no-such-cluster', @healthy, 0, @now, @now)
            """, new { healthy = true, now = engine.Timestamp(DateTimeOffset.UtcNow) });

        await orphan.Should().ThrowAsync<DbException>();
    }
}
