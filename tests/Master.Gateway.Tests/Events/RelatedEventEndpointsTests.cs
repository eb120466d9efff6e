using System.Net;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Events;

/// <summary><c>GET /api/v2/events/related</c>: an object's events and those of what it owns, over <see cref="EventHistory"/>.</summary>
public sealed class RelatedEventEndpointsTests
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
    public async Task Deployment_brings_its_replica_set_and_pods_but_not_another_deployments_pod_or_another_cluster()
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/events/related?cluster=prod-eu&kind=Deployment&namespace=shop&name=api");

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal("e4", "e5", "e3", "e2", "e1");
        body!["total"]!.GetValue<int>().Should().Be(5);
        body["nextCursor"].Should().BeNull();
    }

    [TestCase("kind=ReplicaSet&namespace=shop&name=api-5c8d7f9b4", new[] { "e4", "e5", "e3", "e2" })]
    [TestCase("kind=Pod&namespace=shop&name=web-6d9f8b7c5-abcde", new[] { "e6" })]
    [TestCase("kind=Node&name=worker-a", new[] { "e7" })]
    [TestCase("kind=Node&namespace=&name=worker-a", new[] { "e7" })]
    [TestCase("kind=Deployment&name=api", new string[0])]
    [TestCase("kind=Deployment&namespace=shop&name=gone", new string[0])]
    public async Task Object_brings_itself_and_what_it_owns(string query, string[] expected)
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/events/related?cluster=prod-eu&" + query);

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal(expected);
        body!["total"]!.GetValue<int>().Should().Be(expected.Length);
    }

    [TestCase("type=Warning", new[] { "e4" })]
    [TestCase("reason=Pulled", new[] { "e5" })]
    [TestCase("since=2025-06-12T05:52:00Z&until=2025-06-12T05:55:00Z", new[] { "e5", "e3" })]
    public async Task Event_filters_narrow_the_family_s_events(string query, string[] expected)
    {
        var (_, body) = await Gateway.GetJsonAsync(
            "/api/v2/events/related?cluster=prod-eu&kind=Deployment&namespace=shop&name=api&" + query);

        EventHistory.Names(body).Should().Equal(expected);
        body!["total"]!.GetValue<int>().Should().Be(expected.Length);
    }

    [Test]
    public async Task Cursor_pages_walk_the_family_s_events_once()
    {
        const string FirstPage = "/api/v2/events/related?cluster=prod-eu&kind=Deployment&namespace=shop&name=api&limit=2";
        var seen = new List<string>();
        var totals = new List<int>();
        var path = FirstPage;
        for (var page = 0; page < 10 && path is not null; page++)
        {
            var (status, body) = await Gateway.GetJsonAsync(path);
            status.Should().Be(HttpStatusCode.OK);
            seen.AddRange(EventHistory.Names(body));
            totals.Add(body!["total"]!.GetValue<int>());
            var cursor = body["nextCursor"]?.GetValue<string>();
            path = cursor is null ? null : $"{FirstPage}&cursor={Uri.EscapeDataString(cursor)}";
        }

        seen.Should().Equal("e4", "e5", "e3", "e2", "e1");
        totals.Should().Equal(5, 5, 5);
    }

    [TestCase("nowhere")]
    [TestCase("prod-us")]
    public async Task Unknown_cluster_is_404_not_found_even_with_history(string cluster)
    {
        var (status, body) = await Gateway.GetJsonAsync(
            $"/api/v2/events/related?cluster={cluster}&kind=Deployment&namespace=shop&name=api");

        status.Should().Be(HttpStatusCode.NotFound);
        body!["error"].ShouldEqualJson($$"""
            {"code": "not_found", "message": "There is no cluster '{{cluster}}' (looked up by id and by name)."}
            """);
    }
}
