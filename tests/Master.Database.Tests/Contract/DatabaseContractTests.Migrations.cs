using Master.Database.Accounts;
using Master.Database.Audit;
using Master.Database.Commands;
using Master.Database.Events;
using Master.Database.Migrations;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Migrate_from_empty_creates_every_table_and_records_each_migration()
    {
        await using var database = await CreateDatabaseAsync();
        var engine = database.CreateEngine();
        var migrator = database.CreateMigrator(engine);
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        var result = await migrator.MigrateAsync();

        result.Applied.Should().Equal(1, 2, 3, 4);
        result.Version.Should().Be(4);
        MigrationCatalog.All.Select(m => m.Version).Should().Equal([1, 2, 3, 4], "this test names every migration there is");
        (await SchemaCatalogue.TablesAsync(engine)).Should().BeEquivalentTo(ExpectedTables);
        var history = await migrator.ReadHistoryAsync();
        history.Select(h => (h.Version, h.Name)).Should()
            .Equal((1, "initial schema"), (2, "event node and involved uid"), (3, "accounts and audit detail"), (4, "command lifecycle"));
        history.Select(h => h.Checksum).Should().Equal(MigrationCatalog.All.Select(m => m.ChecksumFor(engine)));
        (await SchemaCatalogue.ColumnsAsync(engine)).Should().Contain(
        [
            "cluster_events.involved_uid", "cluster_events.node", "users.email", "audit_logs.role", "audit_logs.source",
            "audit_logs.method", "audit_logs.path", "audit_logs.status_code", "audit_logs.user_agent", "audit_logs.duration_ms",
            "security_events.resolved_at", "security_events.resolved_by", "command_history.source", "command_history.target_kind",
            "command_history.target_namespace", "command_history.target_name", "command_history.revision",
            "command_history.result_timeout_ms", "command_history.success", "command_history.exec_time_ns",
            "command_history.executed_at", "command_history.result_received_at", "command_history.late_result",
        ]);
        (await SchemaCatalogue.IndexesAsync(engine)).Should().Contain(
        [
            "cluster_events.ix_cluster_events_node", "audit_logs.ix_audit_logs_action", "security_events.ix_security_events_kind",
            "command_history.ix_command_history_created",
        ]);
        history.Should().OnlyContain(h => h.AppliedAt > before && h.AppliedAt < DateTimeOffset.UtcNow.AddMinutes(1) && h.AppliedAt.Offset == TimeSpan.Zero);
    }

    [Test]
    public async Task Migrate_again_applies_nothing_and_keeps_the_history()
    {
        await using var database = await CreateDatabaseAsync();
        var engine = database.CreateEngine();
        var migrator = database.CreateMigrator(engine);
        await migrator.MigrateAsync();
        var history = await migrator.ReadHistoryAsync();

        var again = await database.CreateMigrator(database.CreateEngine()).MigrateAsync();

        again.Applied.Should().BeEmpty();
        again.Version.Should().Be(MigrationCatalog.LatestVersion);
        (await migrator.ReadHistoryAsync()).Should().Equal(history);
    }

    [Test]
    public async Task A_database_at_version_1_migrates_to_2_and_keeps_its_events()
    {
        await using var database = await CreateDatabaseAsync();
        var engine = database.CreateEngine();
        await database.CreateMigrator(engine, [MigrationCatalog.All[0]]).MigrateAsync();
        var now = engine.Timestamp(EventsStart);
        await ExecuteAsync(engine, """
            INSERT INTO cluster_events (cluster_id, dedup_key, event_uid, involved_kind, involved_namespace, involved_name, reason,
                event_type, message, event_count, first_timestamp, last_timestamp, created_at, updated_at)
            VALUES ('c1', 'uid:1', 'uid-1', 'Pod', 'shop', 'web-1', 'BackOff', 'Warning', 'back-off', 3, @now, @now, @now, @now)
            """, new { now });

        var result = await database.CreateMigrator(engine).MigrateAsync();

        result.Applied.Should().Equal(2, 3, 4);
        result.Version.Should().Be(4);
        (await database.CreateMigrator(engine).ReadHistoryAsync()).Select(h => h.Version).Should().Equal(1, 2, 3, 4);
        var stored = (await EventRepository(database).ListAsync(new ClusterEventQuery())).Items.Should().ContainSingle().Subject;
        stored.Should()
            .Match<ClusterEventRecord>(e => e.Uid == "uid-1" && e.InvolvedName == "web-1" && e.Count == 3 && e.Message == "back-off");
        stored.InvolvedUid.Should().BeEmpty();
        stored.Node.Should().BeEmpty();
        (await EventRepository(database).ListAsync(new ClusterEventQuery(Node: "", InvolvedUid: ""))).Items.Should().ContainSingle();
    }

    [Test]
    public async Task A_database_at_version_2_migrates_to_3_and_keeps_its_users_audit_entries_and_security_events()
    {
        await using var database = await CreateDatabaseAsync();
        var engine = database.CreateEngine();
        await database.CreateMigrator(engine, [.. MigrationCatalog.All.Take(2)]).MigrateAsync();
        var at = Start.AddMinutes(1);
        var now = engine.Timestamp(at);
        await ExecuteAsync(engine, """
            INSERT INTO users (username, display_name, password_hash, role, is_active, created_at, updated_at)
            VALUES ('ada', 'Ada', 'hash', 'admin', @active, @now, @now)
            """, new { now, active = true });
        await ExecuteAsync(engine, """
            INSERT INTO audit_logs (occurred_at, user_id, username, action, resource_type, resource_id, cluster_id, success, remote_address, detail)
            VALUES (@now, 1, 'ada', 'cluster.delete', 'cluster', 'c1', 'c1', @success, '10.0.0.1', '{}')
            """, new { now, success = true });
        await ExecuteAsync(engine, """
            INSERT INTO security_events (occurred_at, kind, severity, username, remote_address, detail)
            VALUES (@now, 'login_failed', 'warning', 'ada', '10.0.0.9', NULL)
            """, new { now });

        var result = await database.CreateMigrator(engine).MigrateAsync();

        result.Applied.Should().Equal(3, 4);
        result.Version.Should().Be(4);
        (await new SqlUserRepository(engine, TimeProvider.System).GetByUsernameAsync("ada")).Should().BeEquivalentTo(
            new { DisplayName = "Ada", Email = "", PasswordHash = "hash", Role = "admin", IsActive = true, CreatedAt = at });
        (await new SqlAuditLogRepository(engine).ListAsync(new AuditLogQuery())).Items.Should().Equal(
            new AuditLogRecord(1, at, 1, "ada", "cluster.delete", "cluster", "c1", "c1", true, "10.0.0.1", "{}", "", "", "", "", 0, null, 0));
        (await new SqlSecurityEventRepository(engine).ListAsync(new SecurityEventQuery(Resolved: false))).Items.Should().Equal(
            new SecurityEventRecord(1, at, "login_failed", "warning", "ada", "10.0.0.9", null, null, null));
    }

    [Test]
    public async Task A_database_at_version_3_migrates_to_4_and_keeps_its_commands_and_their_output()
    {
        await using var database = await CreateDatabaseAsync();
        var engine = database.CreateEngine();
        await database.CreateMigrator(engine, [.. MigrationCatalog.All.Take(3)]).MigrateAsync();
        var at = Start.AddMinutes(1);
        await ExecuteAsync(engine, """
            INSERT INTO command_history (id, cluster_id, topic, action, payload, status, requested_by, created_at, dispatched_at,
                finished_at, expires_at, exit_code, error, result)
            VALUES ('old-1', 'c1', 'ops', 'restart', '{"pod":"web-0"}', 'pending', 'ada', @now, NULL, NULL, @expires, NULL, NULL, NULL),
                ('old-2', 'c1', 'ops', 'logs', NULL, 'succeeded', NULL, @now, @now, @now, NULL, 0, NULL, 'done')
            """, new { now = engine.Timestamp(at), expires = engine.Timestamp(at.AddMinutes(5)) });
        await ExecuteAsync(engine, """
            INSERT INTO command_log_chunks (command_id, stream, chunk_offset, content, created_at)
            VALUES ('old-2', 'stdout', 0, 'line', @now)
            """, new { now = engine.Timestamp(at) });

        var result = await database.CreateMigrator(engine).MigrateAsync();

        result.Applied.Should().Equal(4);
        result.Version.Should().Be(4);
        var commands = new SqlCommandHistoryRepository(engine);
        var pending = new CommandRecord(
            "old-1", "c1", "ops", "restart", null, null, null, """{"pod":"web-0"}""", null, "ada", "pending", 0, at, at.AddMinutes(5),
            TimeSpan.FromMinutes(2));
        (await commands.GetAsync("old-1")).Should().Be(pending);
        (await commands.GetAsync("old-2")).Should().Be(new CommandRecord(
            "old-2", "c1", "ops", "logs", null, null, null, null, null, null, "succeeded", 0, at, at, TimeSpan.FromMinutes(2), at, at));
        (await commands.ListUnfinishedAsync()).Should().Equal(pending);
        (await new SqlCommandLogRepository(engine, TimeProvider.System).ReadStreamAsync("old-2", "stdout")).Should().Be("line");
        (await commands.WriteAsync([pending with { Status = "dispatched", Revision = 1 }])).Should().Be(1, "any write replaces revision 0");
    }

    [Test]
    public async Task Two_migrators_started_together_apply_each_migration_exactly_once()
    {
        await using var database = await CreateDatabaseAsync();

        // A last migration that fails when run twice (its table would exist already), beside the real schema.
        var probe = MigrationCatalog.LatestVersion + 1;
        IReadOnlyList<Migration> catalogue =
            [.. MigrationCatalog.All, new(probe, "probe", "CREATE TABLE migration_probe (n {int} NOT NULL){table}")];
        var first = database.CreateMigrator(database.CreateEngine(), catalogue);
        var second = database.CreateMigrator(database.CreateEngine(), catalogue);

        var results = await Task.WhenAll(Task.Run(() => first.MigrateAsync()), Task.Run(() => second.MigrateAsync()));

        results.SelectMany(r => r.Applied).Should().BeEquivalentTo(catalogue.Select(m => m.Version));
        results.Should().OnlyContain(r => r.Version == probe);
        (await first.ReadHistoryAsync()).Select(h => h.Version).Should().Equal(catalogue.Select(m => m.Version));
    }

    [Test]
    public async Task A_recorded_version_newer_than_known_stops_migration_with_a_clear_message()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        await ExecuteAsync(engine,
            "INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES (@version, 'from the future', @now, 'x')",
            new { version = MigrationCatalog.LatestVersion + 1, now = engine.Timestamp(DateTimeOffset.UtcNow) });

        var migrate = () => database.CreateMigrator(database.CreateEngine()).MigrateAsync();

        var thrown = await migrate.Should().ThrowAsync<DatabaseSchemaTooNewException>();
        thrown.Which.Message.Should().Be(
            $"the database is at schema version {MigrationCatalog.LatestVersion + 1}, but this version of Master knows migrations only up to "
            + $"{MigrationCatalog.LatestVersion}; run a Master release that knows version {MigrationCatalog.LatestVersion + 1} or later, "
            + "or point it at another database");
    }

    [Test]
    public async Task A_migration_changed_after_it_was_applied_stops_migration_with_a_checksum_error()
    {
        await using var database = await MigratedAsync();
        IReadOnlyList<Migration> edited =
            [MigrationCatalog.All[0] with { Sql = MigrationCatalog.All[0].Sql + "\n-- edited" }, .. MigrationCatalog.All.Skip(1)];

        var migrate = () => database.CreateMigrator(database.CreateEngine(), edited).MigrateAsync();

        (await migrate.Should().ThrowAsync<DatabaseMigrationChecksumException>())
            .Which.Message.Should().StartWith("schema migration 1 (initial schema) was applied with different SQL");
    }

    [Test]
    public async Task Schema_has_the_same_tables_and_columns_as_on_sqlite()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        await using var reference = new SqliteTestDatabase();
        var referenceEngine = reference.CreateEngine();
        await reference.CreateMigrator(referenceEngine).MigrateAsync();

        var columns = await SchemaCatalogue.ColumnsAsync(engine);

        columns.Should().Equal(await SchemaCatalogue.ColumnsAsync(referenceEngine));
    }
}
