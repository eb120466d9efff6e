using System.Text;
using Master.DataHub.Agents;
using Master.Query.Tests.Support;
using Master.Testing.Snapshots;

namespace Master.Query.Tests;

public sealed class ClusterReadServiceTests
{
    private ReadServiceHarness _harness = null!;

    private IClusterReadService Reads => _harness.Reads;

    [SetUp]
    public async Task SetUp() => _harness = await ReadServiceHarness.StartAsync();

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    [Test]
    public async Task List_without_agents_is_empty_and_has_no_next_page()
    {
        var page = await Reads.ListClustersAsync(50);

        page.Items.Should().BeEmpty();
        page.Total.Should().Be(0);
        page.NextAfter.Should().BeNull();
    }

    [Test]
    public async Task Listed_cluster_carries_the_summary_the_processor_derived_from_its_snapshot()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 40, nodes: 4, seed: 3);
        await _harness.IngestAsync(fixture);

        var cluster = (await Reads.ListClustersAsync(50)).Items.Should().ContainSingle().Subject;

        var facts = fixture.Facts;
        cluster.Summary.Should().Be(new ClusterSummaryView(
            Nodes: facts.Nodes.Count,
            ReadyNodes: facts.ReadyNodes,
            Pods: facts.Pods.Count,
            RunningPods: facts.PodsByPhase.GetValueOrDefault("Running"),
            PendingPods: facts.PodsByPhase.GetValueOrDefault("Pending"),
            FailedPods: facts.PodsByPhase.GetValueOrDefault("Failed"),
            Deployments: facts.Counts["deployments"],
            HealthyDeployments: FixtureCounts.HealthyDeployments(fixture),
            StatefulSets: facts.Counts["statefulSets"],
            DaemonSets: facts.Counts["daemonSets"],
            Services: facts.Counts["services"],
            Ingresses: facts.Counts["ingresses"],
            Namespaces: facts.Counts["namespaces"],
            Events: facts.Counts["events"],
            WarningEvents: facts.WarningEvents));
        cluster.Summary!.ReadyNodes.Should().BeLessThan(cluster.Summary.Nodes, "the fixture has a node that is not ready");
        cluster.Summary.HealthyDeployments.Should().BeLessThan(cluster.Summary.Deployments, "the fixture has a degraded deployment");
    }

    [Test]
    public async Task Summary_is_counted_from_the_objects_not_copied_from_the_agents_summary_block()
    {
        var lying = SampleSnapshot.Json.Replace(
            "\"totalNodes\": 1, \"readyNodes\": 1, \"totalPods\": 1, \"runningPods\": 1",
            "\"totalNodes\": 90, \"readyNodes\": 91, \"totalPods\": 92, \"runningPods\": 93",
            StringComparison.Ordinal);
        lying.Should().NotBe(SampleSnapshot.Json, "the replacement must hit the sample's summary block");
        await _harness.IngestAsync(Encoding.UTF8.GetBytes(lying), SampleSnapshot.ClusterId);

        var cluster = await Reads.GetClusterAsync(SampleSnapshot.ClusterId);

        cluster!.Summary.Should().BeEquivalentTo(new { Nodes = 1, ReadyNodes = 1, Pods = 1, RunningPods = 1, Events = 1, WarningEvents = 1 });
    }

    [Test]
    public async Task Clusters_are_listed_in_ordinal_id_order()
    {
        foreach (var id in new[] { "b", "a-1", "B", "a" })
        {
            await _harness.HeartbeatAsync(id);
        }

        var page = await Reads.ListClustersAsync(50);

        page.Items.Select(c => c.Id).Should().Equal("B", "a", "a-1", "b");
        page.Total.Should().Be(4);
    }

    [Test]
    public async Task Paging_visits_every_cluster_exactly_once()
    {
        var ids = Enumerable.Range(1, 7).Select(i => $"c{i}").ToList();
        foreach (var id in ids)
        {
            await _harness.HeartbeatAsync(id);
        }

        var seen = new List<string>();
        var pages = 0;
        string? after = null;
        do
        {
            var page = await Reads.ListClustersAsync(3, after);
            page.Total.Should().Be(7);
            page.Items.Should().HaveCountLessThanOrEqualTo(3);
            seen.AddRange(page.Items.Select(c => c.Id));
            after = page.NextAfter;
            pages++;
        }
        while (after is not null && pages < 10);

        pages.Should().Be(3);
        seen.Should().Equal(ids);
    }

    [Test]
    public async Task Full_last_page_has_no_next_page()
    {
        await _harness.HeartbeatAsync("c1");
        await _harness.HeartbeatAsync("c2");

        var page = await Reads.ListClustersAsync(2);

        page.Items.Should().HaveCount(2);
        page.NextAfter.Should().BeNull();
    }

    [Test]
    public async Task Page_after_an_id_that_no_longer_exists_continues_with_the_next_id()
    {
        foreach (var id in new[] { "c1", "c2", "c3" })
        {
            await _harness.HeartbeatAsync(id);
        }

        await _harness.Hub.RemoveClusterAsync("c2");

        var page = await Reads.ListClustersAsync(50, after: "c2");

        page.Items.Select(c => c.Id).Should().Equal("c3");
        page.Total.Should().Be(2);
    }

    [Test]
    public async Task Page_after_the_last_id_is_empty_but_still_counts_the_total()
    {
        await _harness.HeartbeatAsync("c1");

        var page = await Reads.ListClustersAsync(50, after: "c1");

        page.Items.Should().BeEmpty();
        page.Total.Should().Be(1);
        page.NextAfter.Should().BeNull();
    }

    [Test]
    public async Task Status_filter_separates_online_from_offline_clusters()
    {
        await _harness.HeartbeatAsync("quiet");
        _harness.Time.Advance(ReadServiceHarness.HeartbeatTimeout + TimeSpan.FromSeconds(1));
        await _harness.HeartbeatAsync("chatty");

        var online = await Reads.ListClustersAsync(50, filter: new ClusterFilter { Status = ClusterConnectivity.Online });
        var offline = await Reads.ListClustersAsync(50, filter: new ClusterFilter { Status = ClusterConnectivity.Offline });

        online.Items.Select(c => c.Id).Should().Equal("chatty");
        online.Total.Should().Be(1);
        offline.Items.Select(c => c.Id).Should().Equal("quiet");
        offline.Total.Should().Be(1);
    }

    [Test]
    public async Task Label_filter_needs_every_given_label_with_its_exact_value()
    {
        await _harness.HeartbeatAsync("eu", Report(labels: new() { ["env"] = "prod", ["region"] = "eu" }));
        await _harness.HeartbeatAsync("us", Report(labels: new() { ["env"] = "prod", ["region"] = "us" }));
        await _harness.HeartbeatAsync("dev", Report(labels: new() { ["env"] = "Prod" }));

        var prod = await Reads.ListClustersAsync(50, filter: new ClusterFilter { Labels = new Dictionary<string, string> { ["env"] = "prod" } });
        var prodEu = await Reads.ListClustersAsync(50, filter: new ClusterFilter
        {
            Labels = new Dictionary<string, string> { ["env"] = "prod", ["region"] = "eu" },
        });

        prod.Items.Select(c => c.Id).Should().Equal("eu", "us");
        prodEu.Items.Select(c => c.Id).Should().Equal("eu");
        prodEu.Total.Should().Be(1);
    }

    [Test]
    public async Task Agent_version_and_name_filters_match_exactly()
    {
        await _harness.HeartbeatAsync("old", Report(version: "2.3.9"));
        await _harness.HeartbeatAsync("new", Report(version: "2.4.0"));

        var byVersion = await Reads.ListClustersAsync(50, filter: new ClusterFilter { AgentVersion = "2.4.0" });
        var byName = await Reads.ListClustersAsync(50, filter: new ClusterFilter { Name = "old" });

        byVersion.Items.Select(c => c.Id).Should().Equal("new");
        byName.Items.Select(c => c.Id).Should().Equal("old");
    }

    [Test]
    public async Task Environment_filter_matches_nothing_while_no_cluster_has_an_environment()
    {
        await _harness.HeartbeatAsync("c1");

        var page = await Reads.ListClustersAsync(50, filter: new ClusterFilter { Environment = "prod" });

        page.Items.Should().BeEmpty();
        page.Total.Should().Be(0);
    }

    [Test]
    public async Task Filtered_pages_count_and_continue_over_matching_clusters_only()
    {
        foreach (var (id, env) in new[] { ("c1", "prod"), ("c2", "dev"), ("c3", "prod"), ("c4", "prod") })
        {
            await _harness.HeartbeatAsync(id, Report(labels: new() { ["env"] = env }));
        }

        var filter = new ClusterFilter { Labels = new Dictionary<string, string> { ["env"] = "prod" } };
        var first = await Reads.ListClustersAsync(2, filter: filter);
        var second = await Reads.ListClustersAsync(2, first.NextAfter, filter);

        first.Items.Select(c => c.Id).Should().Equal("c1", "c3");
        first.Total.Should().Be(3);
        second.Items.Select(c => c.Id).Should().Equal("c4");
        second.NextAfter.Should().BeNull();
    }

    [Test]
    public async Task Cluster_view_carries_what_the_agent_reported_and_when()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 5, nodes: 1);
        await _harness.IngestAsync(fixture, report: Report(version: "2.4.0", labels: new() { ["env"] = "prod" }));

        var cluster = await Reads.GetClusterAsync("prod-eu");

        cluster.Should().BeEquivalentTo(new
        {
            Id = "prod-eu",
            Name = "prod-eu",
            Description = (string?)null,
            Environment = (string?)null,
            Labels = new Dictionary<string, string> { ["env"] = "prod" },
            Status = ClusterConnectivity.Online,
            LastHeartbeat = (DateTimeOffset?)null,
            LastSnapshotAt = ReadServiceHarness.Start,
            AgentVersion = "2.4.0",
        });
        cluster!.Summary!.Pods.Should().Be(5);
    }

    [Test]
    public async Task Cluster_that_only_sent_heartbeats_has_no_summary_and_no_snapshot()
    {
        await _harness.HeartbeatAsync("fresh");

        var cluster = await Reads.GetClusterAsync("fresh");
        var status = await Reads.GetStatusAsync("fresh");
        var snapshot = await Reads.GetSnapshotAsync("fresh");

        cluster!.Summary.Should().BeNull();
        cluster.Labels.Should().BeEmpty();
        cluster.LastHeartbeat.Should().Be(ReadServiceHarness.Start);
        status.Should().Be(new ClusterStatusView(ClusterConnectivity.Online, ReadServiceHarness.Start, null, null, null, null));
        snapshot.Should().BeNull();
    }

    [Test]
    public async Task Status_reports_snapshot_age_in_whole_seconds_and_the_stored_version()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 5, nodes: 1);
        await _harness.IngestAsync(fixture);
        _harness.Time.Advance(TimeSpan.FromSeconds(12.7));
        await _harness.HeartbeatAsync("prod-eu");

        var status = await Reads.GetStatusAsync("prod-eu");

        status!.Status.Should().Be(ClusterConnectivity.Online);
        status.LastSnapshotAt.Should().Be(ReadServiceHarness.Start);
        status.LastHeartbeat.Should().Be(ReadServiceHarness.Start + TimeSpan.FromSeconds(12.7));
        status.SnapshotAgeSeconds.Should().Be(12);
        status.SnapshotVersion.Should().Be(1);
        status.Summary!.Pods.Should().Be(5);
    }

    [Test]
    public async Task Changed_snapshot_raises_the_version_and_an_unchanged_one_only_refreshes_its_time()
    {
        await _harness.IngestAsync(SnapshotFixtureBuilder.Create("prod-eu", pods: 5, nodes: 1, seed: 1));
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        var changed = SnapshotFixtureBuilder.Create("prod-eu", pods: 6, nodes: 1, seed: 2);
        await _harness.IngestAsync(changed);
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        var unchanged = await _harness.Ingestor.IngestAsync(new Processor.SnapshotSubmission("prod-eu", changed.ToJson(), AgentReport.None));
        _harness.Time.Advance(TimeSpan.FromSeconds(3));

        var status = await Reads.GetStatusAsync("prod-eu");

        unchanged.Should().BeOfType<Processor.IngestOutcome.Unchanged>();
        status!.SnapshotVersion.Should().Be(2);
        status.LastSnapshotAt.Should().Be(ReadServiceHarness.Start + TimeSpan.FromSeconds(20));
        status.SnapshotAgeSeconds.Should().Be(3);
        status.Summary!.Pods.Should().Be(6);
    }

    [Test]
    public async Task Agent_is_offline_after_the_heartbeat_timeout_and_online_again_with_its_next_heartbeat()
    {
        await _harness.HeartbeatAsync("c1");

        _harness.Time.Advance(ReadServiceHarness.HeartbeatTimeout);
        var atTimeout = await Reads.GetClusterAsync("c1");
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        var past = await Reads.GetStatusAsync("c1");
        var listed = (await Reads.ListClustersAsync(50)).Items.Single();
        await _harness.HeartbeatAsync("c1");
        var back = await Reads.GetClusterAsync("c1");

        atTimeout!.Status.Should().Be(ClusterConnectivity.Online, "the timeout itself still counts as alive");
        past!.Status.Should().Be(ClusterConnectivity.Offline);
        listed.Status.Should().Be(ClusterConnectivity.Offline);
        back!.Status.Should().Be(ClusterConnectivity.Online);
    }

    [Test]
    public async Task Unknown_cluster_reads_as_null_everywhere()
    {
        await _harness.HeartbeatAsync("known");

        (await Reads.GetClusterAsync("unknown")).Should().BeNull();
        (await Reads.GetStatusAsync("unknown")).Should().BeNull();
        (await Reads.GetSnapshotAsync("unknown")).Should().BeNull();
    }

    [Test]
    public async Task Snapshot_is_the_latest_normalised_one_with_its_version()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 8, nodes: 2);
        var stored = await _harness.IngestAsync(fixture);

        var snapshot = await Reads.GetSnapshotAsync("prod-eu");

        snapshot.Should().BeSameAs(stored);
        snapshot!.Version.Should().Be(1);
        snapshot.ReceivedAt.Should().Be(ReadServiceHarness.Start);
        snapshot.Snapshot.ClusterId.Should().Be("prod-eu");
        snapshot.Snapshot.Pods.Should().HaveCount(8);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task List_refuses_a_limit_below_one(int limit)
    {
        var list = async () => await Reads.ListClustersAsync(limit);

        await list.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static AgentReport Report(string? version = null, Dictionary<string, string>? labels = null) => new(version, labels, null);
}
