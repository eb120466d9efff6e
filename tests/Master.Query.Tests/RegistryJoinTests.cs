using Master.Query.Tests.Support;

namespace Master.Query.Tests;

/// <summary>How the read service joins the live state with the cluster registry.</summary>
public sealed class RegistryJoinTests
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    [Test]
    public async Task A_registered_cluster_without_live_state_is_listed_offline_with_its_recorded_heartbeat()
    {
        var heartbeat = ReadServiceHarness.Start.AddDays(-1);
        await using var harness = await ReadServiceHarness.StartAsync(
            new FixedDirectory(new RegisteredCluster("b", "Bravo", "d", "prod", NoLabels, heartbeat, "2.3.0")));
        await harness.HeartbeatAsync("a");
        await harness.HeartbeatAsync("c");

        var page = await harness.Reads.ListClustersAsync(2);

        page.Total.Should().Be(3);
        page.Items.Select(c => c.Id).Should().Equal("a", "b");
        var bravo = page.Items[1];
        bravo.Should().BeEquivalentTo(new ClusterView("b", "Bravo", "d", "prod", NoLabels, ClusterConnectivity.Offline, heartbeat, null, "2.3.0", null));
        (await harness.Reads.ListClustersAsync(2, page.NextAfter)).Items.Select(c => c.Id).Should().Equal("c");
    }

    [Test]
    public async Task A_live_id_wins_over_another_clusters_registered_name()
    {
        await using var harness = await ReadServiceHarness.StartAsync(
            new FixedDirectory(new RegisteredCluster("x", "a", null, null, NoLabels, null, null)));
        await harness.HeartbeatAsync("a");

        (await harness.Reads.ResolveClusterIdAsync("a")).Should().Be("a");
        (await harness.Reads.GetClusterAsync("a"))!.Name.Should().Be("a", "the registry's 'a' is another cluster's name");
        (await harness.Reads.ResolveClusterIdAsync("x")).Should().Be("x");
        (await harness.Reads.ResolveClusterIdAsync("nobody")).Should().BeNull();
    }

    [Test]
    public async Task Filters_apply_to_registry_metadata()
    {
        await using var harness = await ReadServiceHarness.StartAsync(new FixedDirectory(
            new RegisteredCluster("a", "Alpha", null, "prod", NoLabels, null, null),
            new RegisteredCluster("b", "Bravo", null, "dev", NoLabels, null, null)));

        var page = await harness.Reads.ListClustersAsync(50, filter: new ClusterFilter { Environment = "prod" });

        page.Items.Select(c => c.Name).Should().Equal("Alpha");
    }

    [Test]
    public async Task Without_a_registry_a_clusters_name_is_its_id_and_only_live_clusters_are_known()
    {
        await using var harness = await ReadServiceHarness.StartAsync();
        await harness.HeartbeatAsync("a");

        (await harness.Reads.GetClusterAsync("a"))!.Name.Should().Be("a");
        (await harness.Reads.ResolveClusterIdAsync("b")).Should().BeNull();
    }
}
