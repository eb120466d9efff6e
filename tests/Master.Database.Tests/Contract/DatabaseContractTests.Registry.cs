using System.Data.Common;
using Master.Database.Events;
using Master.Database.Registry;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Created_cluster_reads_back_with_its_labels_and_creation_time()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var labels = new Dictionary<string, string> { ["region"] = "eu-west", ["tier"] = Injection };

        var outcome = await clusters.CreateAsync(new ClusterRecord("prod-eu", "Production EU", "main fleet", "production", labels));

        outcome.Should().Be(WriteOutcome.Written);
        var stored = await clusters.GetAsync("prod-eu");
        stored.Should().NotBeNull();
        stored!.Should().BeEquivalentTo(new ClusterRecord("prod-eu", "Production EU", "main fleet", "production", labels, Start, Start));
        (await clusters.GetAsync("nope")).Should().BeNull();
    }

    [Test]
    public async Task Creating_a_cluster_with_a_taken_id_or_name_is_a_conflict()
    {
        await using var database = await MigratedAsync();
        var clusters = new SqlClusterRepository(database.Engines[0], new SteppingClock(Start));
        await clusters.CreateAsync(Cluster("c1", "alpha"));

        var sameName = await clusters.CreateAsync(Cluster("c2", "alpha"));
        var sameId = await clusters.CreateAsync(Cluster("c1", "beta"));

        sameName.Should().Be(WriteOutcome.Conflict);
        sameId.Should().Be(WriteOutcome.Conflict);
        (await clusters.ListAsync()).Select(c => c.Id).Should().Equal("c1");
    }

    [Test]
    public async Task Updating_a_cluster_keeps_its_creation_time_and_refuses_another_clusters_name()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await clusters.CreateAsync(Cluster("c2", "beta"));

        var renamed = await clusters.UpdateAsync(Cluster("c1", "gamma") with { Description = "renamed" });
        var clash = await clusters.UpdateAsync(Cluster("c2", "gamma"));
        var missing = await clusters.UpdateAsync(Cluster("c9", "delta"));

        renamed.Should().Be(WriteOutcome.Written);
        clash.Should().Be(WriteOutcome.Conflict);
        missing.Should().Be(WriteOutcome.NotFound);
        var c1 = (await clusters.GetAsync("c1"))!;
        c1.Name.Should().Be("gamma");
        c1.Description.Should().Be("renamed");
        c1.CreatedAt.Should().Be(Start);
        c1.UpdatedAt.Should().BeAfter(Start);
        (await clusters.ListAsync()).Select(c => c.Name).Should().Equal("beta", "gamma");
    }

    [Test]
    public async Task Deleting_a_cluster_removes_its_agents()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertAsync(Agent("a1", "c1"));

        var deleted = await clusters.DeleteAsync("c1");

        deleted.Should().BeTrue();
        (await agents.GetAsync("a1")).Should().BeNull();
        (await clusters.DeleteAsync("c1")).Should().BeFalse();
    }

    [Test]
    public async Task Agent_upsert_replaces_the_record_but_keeps_its_first_creation_time()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertAsync(Agent("a1", "c1"));
        var created = (await agents.GetAsync("a1"))!.CreatedAt;
        var heartbeat = Start.AddMinutes(5);

        await agents.UpsertAsync(Agent("a1", "c1") with
        {
            Healthy = false,
            LastHeartbeatAt = heartbeat,
            AgentVersion = "2.1.0",
            ConfigHash = "sha256:abc",
            PodsCount = 42,
            Labels = new Dictionary<string, string> { ["group"] = "edge" },
        });

        var stored = (await agents.GetAsync("a1"))!;
        stored.Healthy.Should().BeFalse();
        stored.LastHeartbeatAt.Should().Be(heartbeat);
        stored.AgentVersion.Should().Be("2.1.0");
        stored.ConfigHash.Should().Be("sha256:abc");
        stored.PodsCount.Should().Be(42);
        stored.Labels.Should().Equal(new Dictionary<string, string> { ["group"] = "edge" });
        created.Should().BeAfter(Start, "the cluster was created first");
        stored.CreatedAt.Should().Be(created);
        stored.UpdatedAt.Should().BeAfter(created);
        (await agents.ListAsync()).Should().ContainSingle();
    }

    [Test]
    public async Task Agent_of_an_unregistered_cluster_is_refused()
    {
        await using var database = await MigratedAsync();
        var agents = new SqlAgentRepository(database.Engines[0], new SteppingClock(Start));

        var upsert = () => agents.UpsertAsync(Agent("a1", "no-such-cluster"));

        await upsert.Should().ThrowAsync<DbException>();
    }

    [Test]
    public async Task Agents_upserted_many_at_once_are_written_in_batches_of_the_batch_size()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await clusters.CreateAsync(Cluster("c2", "beta"));
        var many = Enumerable.Range(0, 1200)
            .Select(i => Agent($"agent-{i:D4}", i % 2 == 0 ? "c1" : "c2") with
            {
                LastHeartbeatAt = Start.AddSeconds(i),
                PodsCount = i,
                AgentVersion = "2.0." + i,
                Labels = new Dictionary<string, string> { ["tier"] = Injection },
            })
            .ToList();

        var statements = await agents.UpsertManyAsync(many);

        SqlAgentRepository.BatchSize.Should().Be(500);
        statements.Should().Be(3, "1,200 agents make two full batches of 500 and one of 200");
        var stored = await agents.ListAsync();
        stored.Should().HaveCount(1200);
        var one = stored.Single(a => a.Id == "agent-0777");
        one.Should().BeEquivalentTo(many[777], options => options.Excluding(a => a.CreatedAt).Excluding(a => a.UpdatedAt));
        stored.Select(a => a.CreatedAt).Distinct().Should().ContainSingle("one call writes every agent at one instant")
            .Which.Should().BeAfter(Start);
    }

    [Test]
    public async Task Agents_upserted_many_at_once_replace_existing_records_but_keep_their_creation_time()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertManyAsync([Agent("a1", "c1"), Agent("a2", "c1")]);
        var created = (await agents.GetAsync("a1"))!.CreatedAt;

        var statements = await agents.UpsertManyAsync(
        [
            Agent("a1", "c1") with { Healthy = false, PodsCount = 7, LastHeartbeatAt = Start.AddMinutes(1) },
            Agent("a2", "c1") with { ConfigHash = "sha256:def" },
            Agent("a3", "c1"),
        ]);

        statements.Should().Be(1);
        var stored = (await agents.ListAsync()).ToDictionary(a => a.Id);
        stored.Keys.Should().BeEquivalentTo(["a1", "a2", "a3"]);
        stored["a1"].Should().Match<AgentRecord>(a => !a.Healthy && a.PodsCount == 7 && a.LastHeartbeatAt == Start.AddMinutes(1));
        stored["a2"].ConfigHash.Should().Be("sha256:def");
        stored["a1"].CreatedAt.Should().Be(created);
        stored["a2"].CreatedAt.Should().Be(created);
        stored["a1"].UpdatedAt.Should().BeAfter(created);
        stored["a3"].CreatedAt.Should().Be(stored["a1"].UpdatedAt, "a new agent is created at the instant of the call");
    }

    [Test]
    public async Task Upserting_no_agents_runs_no_statement()
    {
        await using var database = await MigratedAsync();
        var agents = new SqlAgentRepository(database.Engines[0], new SteppingClock(Start));

        (await agents.UpsertManyAsync([])).Should().Be(0);

        (await agents.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Of_an_agent_upserted_twice_in_one_call_the_last_record_wins()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await new SqlClusterRepository(database.Engines[0], clock).CreateAsync(Cluster("c1", "alpha"));

        var statements = await agents.UpsertManyAsync(
        [
            Agent("a1", "c1") with { PodsCount = 1 },
            Agent("a2", "c1"),
            Agent("a1", "c1") with { PodsCount = 2, Healthy = false },
        ]);

        statements.Should().Be(1);
        (await agents.ListAsync()).Select(a => a.Id).Should().Equal("a1", "a2");
        (await agents.GetAsync("a1")).Should().Match<AgentRecord>(a => a.PodsCount == 2 && !a.Healthy);
    }

    [Test]
    public async Task Agents_upserted_many_at_once_are_all_refused_when_one_has_no_registered_cluster()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await new SqlClusterRepository(database.Engines[0], clock).CreateAsync(Cluster("c1", "alpha"));

        var upsert = () => agents.UpsertManyAsync(
            [.. Enumerable.Range(0, 600).Select(i => Agent($"a{i}", "c1")), Agent("orphan", "no-such-cluster")]);

        await upsert.Should().ThrowAsync<DbException>();
        (await agents.ListAsync()).Should().BeEmpty("the agents of one call are written in one transaction");
    }

    [Test]
    public async Task Purging_silent_agents_removes_them_and_their_clusters_and_names_the_clusters()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        foreach (var id in new[] { "c-old", "c-recent", "C-never", "c-mixed", "c-empty" })
        {
            await clusters.CreateAsync(Cluster(id, id));
        }

        await agents.UpsertAsync(Agent("old", "c-old") with { LastHeartbeatAt = Start.AddDays(-40) });
        await agents.UpsertAsync(Agent("recent", "c-recent") with { LastHeartbeatAt = Start.AddDays(-1) });
        await agents.UpsertAsync(Agent("never", "C-never"));
        await agents.UpsertAsync(Agent("mixed-old", "c-mixed") with { LastHeartbeatAt = Start.AddDays(-40) });
        await agents.UpsertAsync(Agent("mixed-live", "c-mixed") with { LastHeartbeatAt = Start });

        var purged = await agents.PurgeSilentSinceAsync(Start.AddDays(-30));

        purged.Should().Equal("c-old");
        (await agents.ListAsync()).Select(a => a.Id).Should().BeEquivalentTo(["recent", "never", "mixed-live"]);
        (await clusters.ListAsync()).Select(c => c.Id).Should().BeEquivalentTo(
            ["c-recent", "C-never", "c-mixed", "c-empty"], "a cluster another agent still reports for stays");

        var purgedLater = await agents.PurgeSilentSinceAsync(Start.AddDays(1));

        purgedLater.Should().Equal(["C-never", "c-mixed", "c-recent"], "ordinal order puts capitals first");
        (await agents.ListAsync()).Should().BeEmpty();
        (await clusters.ListAsync()).Select(c => c.Id).Should().Equal(["c-empty"], "a cluster that never had an agent is not silent");
        (await agents.PurgeSilentSinceAsync(Start.AddDays(2))).Should().BeEmpty();
    }

    [Test]
    public async Task Purging_a_cluster_keeps_its_history()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var clock = new SteppingClock(Start);
        var agents = new SqlAgentRepository(engine, clock);
        await new SqlClusterRepository(engine, clock).CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertAsync(Agent("a1", "c1") with { LastHeartbeatAt = Start.AddDays(-40) });
        await new SqlClusterEventRepository(engine, clock).UpsertAsync("c1", [new ClusterEvent(
            "uid-1", "Pod", "shop", "web-1", "BackOff", "Warning", null, null, 1, Start, Start, "pod-uid-1", "node-a")]);
        var now = engine.Timestamp(Start);
        await ExecuteAsync(engine, """
            INSERT INTO command_history (id, cluster_id, topic, action, status, created_at)
            VALUES ('cmd-1', 'c1', 'ops', 'restart', 'done', @now)
            """, new { now });
        await ExecuteAsync(engine, """
            INSERT INTO audit_logs (occurred_at, action, cluster_id, success) VALUES (@now, 'cluster.update', 'c1', @success)
            """, new { now, success = true });
        await ExecuteAsync(engine, """
            INSERT INTO alert_history (rule_name, cluster_id, severity, state, started_at, notified)
            VALUES ('pods-down', 'c1', 'critical', 'firing', @now, @notified)
            """, new { now, notified = false });

        var purged = await agents.PurgeSilentSinceAsync(Start.AddDays(-30));

        purged.Should().Equal("c1");
        (await ScalarAsync<long>(engine, "SELECT COUNT(*) FROM clusters")).Should().Be(0);
        foreach (var table in new[] { "cluster_events", "command_history", "audit_logs", "alert_history" })
        {
            (await ScalarAsync<long>(engine, $"SELECT COUNT(*) FROM {table} WHERE cluster_id = 'c1'")).Should().Be(1, table + " is history");
        }
    }

    private static ClusterRecord Cluster(string id, string name) => new(id, name, null, string.Empty, new Dictionary<string, string>());

    private static AgentRecord Agent(string id, string clusterId) =>
        new(id, clusterId, id, new Dictionary<string, string>(), true, null, null, null, 0);
}
