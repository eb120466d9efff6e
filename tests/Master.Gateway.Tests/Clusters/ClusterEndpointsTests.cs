using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Master.DataHub.Snapshots;
using Master.Gateway.Tests.Support;
using Master.Testing.Snapshots;

namespace Master.Gateway.Tests.Clusters;

public sealed class ClusterEndpointsTests
{
    private GatewayFactory _factory = null!;

    private HttpClient Gateway => _factory.Gateway;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task List_without_clusters_is_the_empty_list_envelope()
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/clusters");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson("""{"items": [], "total": 0, "nextCursor": null}""");
    }

    [Test]
    public async Task Listed_cluster_has_exactly_the_fields_of_the_spec_with_times_in_utc()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 12, nodes: 2, seed: 4);
        await _factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson(), version: "2.4.0", labels: "env=prod, region=eu");

        var (status, body) = await Gateway.GetJsonAsync("/api/v2/clusters");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson($$"""
            {"items": [{"id": "prod-eu", "name": "prod-eu", "environment": null, "labels": {"env": "prod", "region": "eu"},
                        "status": "online", "lastHeartbeat": null, "lastSnapshotAt": "2025-06-12T06:00:00Z",
                        "agentVersion": "2.4.0", "summary": {{FleetFixtures.SummaryJson(fixture)}}}],
             "total": 1, "nextCursor": null}
            """);
    }

    [Test]
    public async Task One_cluster_is_the_list_item_plus_its_description()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 6, nodes: 1);
        await _factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson());
        _factory.Time.Advance(TimeSpan.FromSeconds(1.5));
        await _factory.Agent.HeartbeatAsync("prod-eu", version: "2.4.0");

        var (status, body) = await Gateway.GetJsonAsync("/api/v2/clusters/prod-eu");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson($$"""
            {"id": "prod-eu", "name": "prod-eu", "description": null, "environment": null, "labels": {},
             "status": "online", "lastHeartbeat": "2025-06-12T06:00:01.5Z", "lastSnapshotAt": "2025-06-12T06:00:00Z",
             "agentVersion": "2.4.0", "summary": {{FleetFixtures.SummaryJson(fixture)}}}
            """);
    }

    [Test]
    public async Task Status_has_exactly_the_fields_of_the_spec()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 6, nodes: 1);
        await _factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson());
        _factory.Time.Advance(TimeSpan.FromSeconds(30));
        await _factory.Agent.HeartbeatAsync("prod-eu");

        var (status, body) = await Gateway.GetJsonAsync("/api/v2/clusters/prod-eu/status");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson($$"""
            {"status": "online", "lastHeartbeat": "2025-06-12T06:00:30Z", "lastSnapshotAt": "2025-06-12T06:00:00Z",
             "snapshotAgeSeconds": 30, "snapshotVersion": 1, "summary": {{FleetFixtures.SummaryJson(fixture)}}}
            """);
    }

    [Test]
    public async Task Status_of_a_cluster_that_only_sent_heartbeats_has_nulls_for_the_snapshot()
    {
        await _factory.Agent.HeartbeatAsync("fresh");

        var (_, body) = await Gateway.GetJsonAsync("/api/v2/clusters/fresh/status");

        body.ShouldEqualJson("""
            {"status": "online", "lastHeartbeat": "2025-06-12T06:00:00Z", "lastSnapshotAt": null,
             "snapshotAgeSeconds": null, "snapshotVersion": null, "summary": null}
            """);
    }

    [Test]
    public async Task Cluster_silent_past_the_heartbeat_timeout_is_offline()
    {
        await _factory.Agent.HeartbeatAsync("quiet");
        _factory.Time.Advance(TimeSpan.FromSeconds(46));

        var (_, one) = await Gateway.GetJsonAsync("/api/v2/clusters/quiet");
        var (_, status) = await Gateway.GetJsonAsync("/api/v2/clusters/quiet/status");

        one!["status"]!.GetValue<string>().Should().Be("offline");
        status!["status"]!.GetValue<string>().Should().Be("offline");
    }

    [Test]
    public async Task Snapshot_is_the_stored_normalised_snapshot_with_its_version_as_entity_tag()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 20, nodes: 3);
        await _factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson());
        await _factory.Agent.SendSnapshotAsync("prod-eu", SnapshotFixtureBuilder.Create("prod-eu", pods: 21, nodes: 3).ToJson());
        var stored = await _factory.Hub.GetSnapshotAsync("prod-eu");

        using var response = await Gateway.GetAsync(new Uri("/api/v2/clusters/prod-eu/snapshot", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        Encoding.UTF8.GetString(body).Should().Be(Encoding.UTF8.GetString(SnapshotJson.Serialize(stored!.Snapshot)));
        var snapshot = JsonNode.Parse(body)!;
        snapshot["clusterId"]!.GetValue<string>().Should().Be("prod-eu");
        snapshot["pods"]!.AsArray().Should().HaveCount(21);
    }

    [Test]
    public async Task Cursor_pages_walk_every_cluster_once_in_id_order()
    {
        var ids = new[] { "c1", "c2", "c3", "c4", "c5" };
        foreach (var id in ids.Reverse())
        {
            await _factory.Agent.HeartbeatAsync(id);
        }

        var seen = new List<string>();
        var totals = new List<int>();
        var path = "/api/v2/clusters?limit=2";
        for (var page = 0; page < 10 && path is not null; page++)
        {
            var (status, body) = await Gateway.GetJsonAsync(path);
            status.Should().Be(HttpStatusCode.OK);
            seen.AddRange(body!["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
            totals.Add(body["total"]!.GetValue<int>());
            var cursor = body["nextCursor"]?.GetValue<string>();
            path = cursor is null ? null : $"/api/v2/clusters?limit=2&cursor={Uri.EscapeDataString(cursor)}";
        }

        seen.Should().Equal(ids);
        totals.Should().Equal(5, 5, 5);
    }

    [Test]
    public async Task Default_page_is_fifty_clusters_and_a_thousand_may_be_asked_for()
    {
        for (var i = 0; i < 51; i++)
        {
            await _factory.Agent.HeartbeatAsync($"c{i:D2}");
        }

        var (_, defaultPage) = await Gateway.GetJsonAsync("/api/v2/clusters");
        var (_, largest) = await Gateway.GetJsonAsync("/api/v2/clusters?limit=1000");

        defaultPage!["items"]!.AsArray().Should().HaveCount(50);
        defaultPage["total"]!.GetValue<int>().Should().Be(51);
        defaultPage["nextCursor"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        largest!["items"]!.AsArray().Should().HaveCount(51);
        largest["nextCursor"].Should().BeNull();
    }

    [TestCase("status=offline", new[] { "quiet" })]
    [TestCase("status=online", new[] { "eu", "us" })]
    [TestCase("labels=env%3Dprod", new[] { "eu", "quiet", "us" })]
    [TestCase("labels=env%3Dprod,region%3Deu", new[] { "eu" })]
    [TestCase("agentVersion=2.4.0", new[] { "us" })]
    [TestCase("name=us", new[] { "us" })]
    [TestCase("environment=prod", new string[0])]
    [TestCase("status=online&labels=region%3Dus", new[] { "us" })]
    public async Task Filters_are_query_parameters_named_like_the_fields(string query, string[] expected)
    {
        await _factory.Agent.HeartbeatAsync("quiet", labels: "env=prod");
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        await _factory.Agent.HeartbeatAsync("eu", version: "2.3.0", labels: "env=prod,region=eu");
        await _factory.Agent.HeartbeatAsync("us", version: "2.4.0", labels: "env=prod,region=us");

        var (status, body) = await Gateway.GetJsonAsync("/api/v2/clusters?" + query);

        status.Should().Be(HttpStatusCode.OK);
        body!["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).Should().Equal(expected);
        body["total"]!.GetValue<int>().Should().Be(expected.Length);
    }
}
