using System.Net;
using System.Text.Json.Nodes;
using Master.Database.Events;
using Master.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Events;

/// <summary><c>GET /api/v2/events</c> over the known <see cref="EventHistory"/>.</summary>
public sealed class EventEndpointsTests
{
    private GatewayFactory _factory = null!;

    private HttpClient Gateway => _factory.Gateway;

    [OneTimeSetUp]
    public async Task OneTimeSetUp()
    {
        _factory = new GatewayFactory();
        await EventHistory.SeedAsync(_factory);
    }

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Every_event_of_every_cluster_is_listed_newest_first()
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/events");

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal(EventHistory.NewestFirst);
        body!["total"]!.GetValue<int>().Should().Be(9);
        body["nextCursor"].Should().BeNull();
    }

    [Test]
    public async Task Event_has_exactly_the_fields_of_the_spec_with_times_in_utc()
    {
        var (_, body) = await Gateway.GetJsonAsync("/api/v2/events?reason=BackOff&cluster=prod-eu&name=api-5c8d7f9b4-qm2lp");

        var item = body!["items"]!.AsArray().Single();
        item!["id"]!.GetValue<long>().Should().BePositive();
        item.ShouldEqualJson($$"""
            {"id": {{item["id"]!.GetValue<long>()}}, "clusterId": "prod-eu", "uid": "e4", "type": "Warning", "reason": "BackOff",
             "message": "e4", "source": "kubelet", "node": "worker-a",
             "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "api-5c8d7f9b4-qm2lp", "uid": "uid-pod-qm2lp"},
             "count": 3, "firstTimestamp": "2025-06-12T05:53:00Z", "lastTimestamp": "2025-06-12T05:55:00Z"}
            """);
    }

    [Test]
    public async Task Unknown_event_uid_node_and_object_uid_are_null()
    {
        var (_, body) = await Gateway.GetJsonAsync("/api/v2/events?kind=ReplicaSet");

        var item = body!["items"]!.AsArray().Single()!;
        item["uid"].Should().BeNull();
        item["node"].Should().BeNull();
        item["involvedObject"]!["uid"].Should().BeNull();
        item.PropertyNames().Should().Contain("uid").And.Contain("node");
    }

    [TestCase("cluster=prod-us", new[] { "e9", "e8" })]
    [TestCase("cluster=prod-eu", new[] { "e7", "e4", "e6", "e5", "e3", "e2", "e1" })]
    [TestCase("cluster=nowhere", new string[0])]
    [TestCase("type=Warning", new[] { "e8", "e7", "e4", "e6" })]
    [TestCase("reason=BackOff", new[] { "e8", "e4", "e6" })]
    [TestCase("kind=Pod", new[] { "e8", "e4", "e6", "e5", "e3" })]
    [TestCase("kind=pod", new string[0])]
    [TestCase("namespace=shop", new[] { "e9", "e8", "e4", "e6", "e5", "e3", "e2", "e1" })]
    [TestCase("name=api-5c8d7f9b4-qm2lp", new[] { "e8", "e4", "e3" })]
    [TestCase("node=worker-a", new[] { "e7", "e4", "e6", "e3" })]
    [TestCase("uid=uid-pod-qm2lp", new[] { "e4", "e3" })]
    [TestCase("since=2025-06-12T05:54:00Z", new[] { "e9", "e8", "e7", "e4", "e6", "e5" })]
    [TestCase("since=2025-06-12T13:54:00%2B08:00", new[] { "e9", "e8", "e7", "e4", "e6", "e5" })]
    [TestCase("until=2025-06-12T05:54:00Z", new[] { "e3", "e2", "e1" })]
    [TestCase("until=2025-06-12T05:54:00.000000001Z", new[] { "e3", "e2", "e1" })]
    [TestCase("since=2025-06-12T05:54:00Z&until=2025-06-12T05:54:00Z", new string[0])]
    [TestCase("reason=", new[] { "e9", "e8", "e7", "e4", "e6", "e5", "e3", "e2", "e1" })]
    public async Task Each_filter_selects_its_events(string query, string[] expected)
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/events?" + query);

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal(expected);
        body!["total"]!.GetValue<int>().Should().Be(expected.Length);
    }

    [TestCase("cluster=prod-eu&type=Warning&node=worker-a", new[] { "e7", "e4", "e6" })]
    [TestCase("cluster=prod-eu&kind=Pod&namespace=shop&name=api-5c8d7f9b4-qm2lp&reason=BackOff", new[] { "e4" })]
    [TestCase("kind=Pod&name=api-5c8d7f9b4-qm2lp&type=Warning", new[] { "e8", "e4" })]
    [TestCase("namespace=shop&since=2025-06-12T05:51:00Z&until=2025-06-12T05:55:00Z", new[] { "e6", "e5", "e3", "e2" })]
    [TestCase("cluster=prod-us&node=worker-a", new string[0])]
    public async Task Combined_filters_must_all_match(string query, string[] expected)
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/events?" + query);

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal(expected);
        body!["total"]!.GetValue<int>().Should().Be(expected.Length);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(5)]
    public async Task Cursor_pages_walk_every_event_once_newest_first(int limit)
    {
        var (seen, totals, pages) = await WalkAsync($"/api/v2/events?limit={limit}");

        seen.Should().Equal(EventHistory.NewestFirst);
        totals.Should().OnlyContain(total => total == 9);
        pages.Should().Be((9 + limit - 1) / limit);
    }

    [Test]
    public async Task Cursor_pages_keep_the_filters_of_the_first_page()
    {
        var (seen, totals, _) = await WalkAsync("/api/v2/events?limit=2&cluster=prod-eu&type=Warning");

        seen.Should().Equal("e7", "e4", "e6");
        totals.Should().Equal(3, 3);
    }

    [Test]
    public async Task Events_arriving_between_pages_neither_shift_nor_repeat_the_next_page()
    {
        await using var factory = new GatewayFactory();
        await EventHistory.SeedAsync(factory);
        var (_, first) = await factory.Gateway.GetJsonAsync("/api/v2/events?limit=3");
        await factory.Services.GetRequiredService<IClusterEventRepository>().UpsertAsync(EventHistory.Europe,
        [
            new ClusterEvent("e10", "Pod", "shop", "late", "Killing", "Normal", "e10", null, 1,
                GatewayFactory.Start, GatewayFactory.Start),
        ]);

        var cursor = Uri.EscapeDataString(first!["nextCursor"]!.GetValue<string>());
        var (_, second) = await factory.Gateway.GetJsonAsync($"/api/v2/events?limit=3&cursor={cursor}");

        EventHistory.Names(first).Should().Equal("e9", "e8", "e7");
        EventHistory.Names(second).Should().Equal("e4", "e6", "e5");
        second!["total"]!.GetValue<int>().Should().Be(10);
    }

    [Test]
    public async Task Default_page_is_fifty_events_and_a_thousand_may_be_asked_for()
    {
        await using var factory = new GatewayFactory();
        var many = Enumerable.Range(0, 51)
            .Select(i => new ClusterEvent($"bulk-{i}", "Pod", "shop", $"pod-{i}", "Pulled", "Normal", $"bulk-{i}", null, 1,
                GatewayFactory.Start.AddSeconds(i), GatewayFactory.Start.AddSeconds(i)))
            .ToList();
        await factory.Services.GetRequiredService<IClusterEventRepository>().UpsertAsync("bulk", many);

        var (_, defaultPage) = await factory.Gateway.GetJsonAsync("/api/v2/events");
        var (_, largest) = await factory.Gateway.GetJsonAsync("/api/v2/events?limit=1000");
        var (_, smallest) = await factory.Gateway.GetJsonAsync("/api/v2/events?limit=1");

        EventHistory.Names(defaultPage).Should().HaveCount(50).And.StartWith("bulk-50").And.EndWith("bulk-1");
        defaultPage!["total"]!.GetValue<int>().Should().Be(51);
        defaultPage["nextCursor"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        EventHistory.Names(largest).Should().HaveCount(51);
        largest!["nextCursor"].Should().BeNull();
        EventHistory.Names(smallest).Should().Equal("bulk-50");
        smallest!["total"]!.GetValue<int>().Should().Be(51);
    }

    [Test]
    public async Task Routes_are_named_operations_documenting_their_parameters()
    {
        var (status, document) = await Gateway.GetJsonAsync("/openapi/v1.json");

        status.Should().Be(HttpStatusCode.OK);

        Operation(document, "/api/v2/events")["operationId"]!.GetValue<string>().Should().Be("ListEvents");
        QueryParameters(document, "/api/v2/events").Should().BeEquivalentTo(
            "limit", "cursor", "cluster", "type", "reason", "kind", "namespace", "name", "node", "uid", "since", "until");
        Operation(document, "/api/v2/events/related")["operationId"]!.GetValue<string>().Should().Be("ListRelatedEvents");
        QueryParameters(document, "/api/v2/events/related").Should().BeEquivalentTo(
            "cluster", "kind", "namespace", "name", "limit", "cursor", "type", "reason", "since", "until");
    }

    private static JsonNode Operation(JsonNode? document, string path) => document!["paths"]![path]!["get"]!;

    private static IEnumerable<string> QueryParameters(JsonNode? document, string path) =>
        Operation(document, path)["parameters"]!.AsArray()
            .Where(parameter => parameter!["in"]!.GetValue<string>() == "query")
            .Select(parameter => parameter!["name"]!.GetValue<string>());

    private async Task<(List<string> Seen, List<int> Totals, int Pages)> WalkAsync(string firstPage)
    {
        var seen = new List<string>();
        var totals = new List<int>();
        var path = firstPage;
        var pages = 0;
        for (; pages < 20 && path is not null; pages++)
        {
            var (status, body) = await Gateway.GetJsonAsync(path);
            status.Should().Be(HttpStatusCode.OK);
            seen.AddRange(EventHistory.Names(body));
            totals.Add(body!["total"]!.GetValue<int>());
            var cursor = body["nextCursor"]?.GetValue<string>();
            path = cursor is null ? null : $"{firstPage}&cursor={Uri.EscapeDataString(cursor)}";
        }

        return (seen, totals, pages);
    }
}
