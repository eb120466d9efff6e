using Master.Fleet.Registry;
using Master.Fleet.Tests.Support;
using Master.Query;

namespace Master.Fleet.Tests.Agents;

/// <summary>The agent registry written through to a real SQLite file: registration, coalescing, load, stale removal, purge.</summary>
public sealed class AgentRegistryTests
{
    private ScratchDatabase _database = null!;

    [SetUp]
    public void CreateDatabase() => _database = ScratchDatabase.Sqlite();

    [TearDown]
    public async Task DropDatabaseAsync() => await _database.DisposeAsync();

    [Test]
    public async Task A_first_heartbeat_registers_the_cluster_under_its_id_and_writes_its_agent()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.HeartbeatAsync("prod-eu", "2.4.1");

        var flush = await fleet.Writer.FlushAsync(CancellationToken.None);

        flush.Records.Should().Be(1);
        var cluster = await fleet.Clusters.GetAsync("prod-eu");
        cluster!.Name.Should().Be("prod-eu");
        var agent = await fleet.Agents.GetAsync("prod-eu");
        agent!.Healthy.Should().BeTrue();
        agent.AgentVersion.Should().Be("2.4.1");
        agent.LastHeartbeatAt.Should().Be(FleetHarness.Start);
    }

    [Test]
    public async Task Heartbeats_between_two_flushes_cost_one_write_per_agent_and_an_unchanged_agent_none()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        var clusters = Enumerable.Range(0, 1200).Select(i => $"c{i:D4}").ToList();
        foreach (var id in clusters)
        {
            await fleet.HeartbeatAsync(id);
        }

        await fleet.Writer.FlushAsync(CancellationToken.None);

        // Three heartbeats per agent in one persist window: one record each, a handful of batched statements in all.
        for (var beat = 0; beat < 3; beat++)
        {
            fleet.Time.Advance(TimeSpan.FromSeconds(1));
            foreach (var id in clusters)
            {
                await fleet.HeartbeatAsync(id);
            }
        }

        var flush = await fleet.Writer.FlushAsync(CancellationToken.None);
        var quiet = await fleet.Writer.FlushAsync(CancellationToken.None);

        flush.Records.Should().Be(1200);
        flush.Batches.Should().BeLessThanOrEqualTo(3);
        quiet.Should().Be(new Master.Fleet.Agents.AgentFlush(0, 0));
        (await fleet.Agents.GetAsync("c0042"))!.LastHeartbeatAt.Should().Be(FleetHarness.Start.AddSeconds(3));
    }

    [Test]
    public async Task Known_clusters_are_listed_offline_after_a_restart_with_their_metadata_and_last_heartbeat()
    {
        await using (var first = await FleetHarness.StartAsync(_database))
        {
            await first.HeartbeatAsync("prod-eu", "2.4.1");
            await first.Writer.FlushAsync(CancellationToken.None);
            (await first.Registry.ChangeAsync("prod-eu", new ClusterChange(Name: "Production EU", Environment: "production")))
                .Should().Be(ClusterChangeOutcome.Changed);
        }

        await using var second = await FleetHarness.StartAsync(_database);

        var page = await second.Reads.ListClustersAsync(50);
        var cluster = page.Items.Should().ContainSingle().Subject;
        cluster.Id.Should().Be("prod-eu");
        cluster.Name.Should().Be("Production EU");
        cluster.Environment.Should().Be("production");
        cluster.Status.Should().Be(ClusterConnectivity.Offline);
        cluster.LastHeartbeat.Should().Be(FleetHarness.Start);
        cluster.AgentVersion.Should().Be("2.4.1");
        (await second.Reads.GetClusterAsync("Production EU"))!.Id.Should().Be("prod-eu");
    }

    [Test]
    public async Task A_cluster_comes_back_online_under_its_registered_name_when_its_agent_reports_again()
    {
        await using (var first = await FleetHarness.StartAsync(_database))
        {
            await first.HeartbeatAsync("prod-eu");
            await first.Writer.FlushAsync(CancellationToken.None);
            await first.Registry.ChangeAsync("prod-eu", new ClusterChange(Name: "Production EU"));
        }

        await using var second = await FleetHarness.StartAsync(_database);
        await second.HeartbeatAsync("prod-eu");

        var cluster = await second.Reads.GetClusterAsync("Production EU");
        cluster!.Status.Should().Be(ClusterConnectivity.Online);
        cluster.Name.Should().Be("Production EU");
    }

    [Test]
    public async Task A_new_cluster_whose_id_is_another_clusters_name_gets_the_first_free_suffix()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.HeartbeatAsync("a");
        await fleet.Writer.FlushAsync(CancellationToken.None);
        await fleet.Registry.ChangeAsync("a", new ClusterChange(Name: "b"));

        await fleet.HeartbeatAsync("b");
        await fleet.Writer.FlushAsync(CancellationToken.None);

        (await fleet.Clusters.GetAsync("b"))!.Name.Should().Be("b-2");
        (await fleet.Reads.GetClusterAsync("b"))!.Id.Should().Be("b", "a live id wins over another cluster's name");
    }

    [Test]
    public async Task A_stale_agent_leaves_the_live_registry_but_stays_listed_offline_from_its_record()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.HeartbeatAsync("quiet");
        await fleet.HeartbeatAsync("busy");
        await fleet.Writer.FlushAsync(CancellationToken.None);

        fleet.Time.Advance(TimeSpan.FromMinutes(11));
        await fleet.HeartbeatAsync("busy");
        await fleet.Hub.SweepOfflineAgentsAsync();
        await fleet.Cleanup.RunOnceAsync(CancellationToken.None);

        (await fleet.Hub.GetAgentAsync("quiet")).Should().BeNull();
        (await fleet.Hub.GetAgentAsync("busy")).Should().NotBeNull();
        (await fleet.Agents.GetAsync("quiet"))!.Healthy.Should().BeFalse("the record says offline before the live state goes");
        var listed = await fleet.Reads.GetClusterAsync("quiet");
        listed!.Status.Should().Be(ClusterConnectivity.Offline);
        listed.LastHeartbeat.Should().Be(FleetHarness.Start);
    }

    [Test]
    public async Task An_offline_agent_within_the_stale_threshold_stays_live()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.HeartbeatAsync("c1");

        fleet.Time.Advance(TimeSpan.FromMinutes(9));
        await fleet.Hub.SweepOfflineAgentsAsync();
        await fleet.Cleanup.RunOnceAsync(CancellationToken.None);

        (await fleet.Hub.GetAgentAsync("c1"))!.Online.Should().BeFalse();
    }

    [Test]
    public async Task Records_silent_longer_than_the_purge_age_are_deleted_with_their_registry_entry()
    {
        var settings = new Dictionary<string, string?> { ["Master:Fleet:AgentPurgeAfter"] = "01:00:00" };
        await using var fleet = await FleetHarness.StartAsync(_database, settings);
        await fleet.HeartbeatAsync("gone");
        await fleet.Writer.FlushAsync(CancellationToken.None);
        fleet.Time.Advance(TimeSpan.FromMinutes(50));
        await fleet.HeartbeatAsync("kept");
        await fleet.Writer.FlushAsync(CancellationToken.None);

        fleet.Time.Advance(TimeSpan.FromMinutes(20));
        await fleet.Hub.SweepOfflineAgentsAsync();
        await fleet.Cleanup.RunOnceAsync(CancellationToken.None);

        (await fleet.Agents.GetAsync("gone")).Should().BeNull();
        (await fleet.Clusters.GetAsync("gone")).Should().BeNull();
        (await fleet.Reads.GetClusterAsync("gone")).Should().BeNull();
        (await fleet.Agents.GetAsync("kept")).Should().NotBeNull();
    }

    [Test]
    public async Task Forgetting_a_cluster_removes_its_live_state_and_registry_entry()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.HeartbeatAsync("c1");
        await fleet.Writer.FlushAsync(CancellationToken.None);

        (await fleet.Registry.ForgetAsync("c1")).Should().BeTrue();

        (await fleet.Hub.GetAgentAsync("c1")).Should().BeNull();
        (await fleet.Clusters.GetAsync("c1")).Should().BeNull();
        (await fleet.Reads.GetClusterAsync("c1")).Should().BeNull();
        (await fleet.Registry.ForgetAsync("c1")).Should().BeFalse();
    }

    [Test]
    public async Task A_name_taken_by_another_cluster_is_refused_and_nothing_changes()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.HeartbeatAsync("c1");
        await fleet.HeartbeatAsync("c2");
        await fleet.Writer.FlushAsync(CancellationToken.None);

        var outcome = await fleet.Registry.ChangeAsync("c2", new ClusterChange(Name: "c1", Description: "lost"));

        outcome.Should().Be(ClusterChangeOutcome.NameTaken);
        (await fleet.Clusters.GetAsync("c2"))!.Description.Should().BeNull();
        (await fleet.Registry.ChangeAsync("nobody", new ClusterChange(Name: "x"))).Should().Be(ClusterChangeOutcome.NotFound);
    }

    [Test]
    public async Task Operator_labels_lay_over_the_labels_the_agent_reports()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.Hub.RecordContactAsync("c1", Master.DataHub.Agents.AgentContact.Heartbeat,
            new Master.DataHub.Agents.AgentReport(null, new Dictionary<string, string> { ["region"] = "eu", ["tier"] = "2" }, null));

        await fleet.Registry.ChangeAsync("c1", new ClusterChange(Labels: new Dictionary<string, string> { ["tier"] = "1" }));

        (await fleet.Reads.GetClusterAsync("c1"))!.Labels.Should().Equal(new Dictionary<string, string> { ["region"] = "eu", ["tier"] = "1" });
        (await fleet.Clusters.GetAsync("c1"))!.Labels.Should().Equal(new Dictionary<string, string> { ["tier"] = "1" });
    }
}
