using System.Net;
using Master.Gateway.Tests.Support;
using Master.Testing.Snapshots;

namespace Master.Gateway.Tests.Metrics;

public sealed class MetricsEndpointsTests
{
    private const string Requests = "master_http_requests_total";

    private GatewayFactory _factory = null!;

    private HttpClient Gateway => _factory.Gateway;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Metrics_are_prometheus_text_with_a_type_for_each_family()
    {
        // The agent channel creates its instruments (parked polls among them) with the first request it serves.
        await _factory.Agent.HeartbeatAsync("c1");

        using var response = await Gateway.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; version=0.0.4; charset=utf-8");
        var scrape = PrometheusScrape.Parse(text);
        scrape.Types.Should().Contain(new Dictionary<string, string>
        {
            ["master_agents_online"] = "gauge",
            ["master_commands_queued"] = "gauge",
            ["master_agent_polls_parked"] = "gauge",
        });
    }

    [Test]
    public async Task Requests_are_counted_by_route_template_without_a_trailing_slash()
    {
        await Gateway.GetAsync(new Uri("/api/v2/clusters", UriKind.Relative));
        await Gateway.GetAsync(new Uri("/api/v2/clusters?limit=5", UriKind.Relative));
        await Gateway.GetAsync(new Uri("/api/v2/clusters/", UriKind.Relative));
        await Gateway.GetAsync(new Uri("/api/v2/clusters?limit=0", UriKind.Relative));
        await Gateway.GetAsync(new Uri("/api/v2/clusters/abc", UriKind.Relative));
        await Gateway.GetAsync(new Uri("/api/v2/clusters/abc/status", UriKind.Relative));
        await Gateway.GetAsync(new Uri("/api/v2/nothing-here", UriKind.Relative));
        await Gateway.PostAsync(new Uri("/api/v2/clusters", UriKind.Relative), null);
        await Gateway.GetAsync(new Uri("/healthz", UriKind.Relative));

        var scrape = await PrometheusScrape.ReadAsync(Gateway);

        scrape.Value(Series("GET", "/api/v2/clusters", 200)).Should().Be(3);
        scrape.Value(Series("GET", "/api/v2/clusters", 422)).Should().Be(1);
        scrape.Value(Series("GET", "/api/v2/clusters/{id}", 404)).Should().Be(1);
        scrape.Value(Series("GET", "/api/v2/clusters/{id}/status", 404)).Should().Be(1);
        scrape.Value(Series("GET", "/healthz", 200)).Should().Be(1);
        scrape.Value(Series("GET", "unmatched", 404)).Should().Be(1);
        scrape.Value(Series("POST", "unmatched", 405)).Should().Be(1);
        scrape.SeriesOf(Requests).Should().AllSatisfy(series =>
        {
            series.Should().NotContain("/\",", "a route label never ends with a slash");
            series.Should().NotContain("abc").And.NotContain("nothing-here");
        });
    }

    [Test]
    public async Task Scrapes_count_themselves_from_the_next_scrape_on()
    {
        await PrometheusScrape.ReadAsync(Gateway);

        var scrape = await PrometheusScrape.ReadAsync(Gateway);

        scrape.Value(Series("GET", "/metrics", 200)).Should().Be(1);
    }

    [Test]
    public async Task Snapshots_ingested_are_counted_by_outcome_with_their_bytes()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 10, nodes: 2);
        var before = await PrometheusScrape.ReadAsync(Gateway);

        await _factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson());
        var afterStored = await PrometheusScrape.ReadAsync(Gateway);
        await _factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson());
        var afterUnchanged = await PrometheusScrape.ReadAsync(Gateway);

        before.Value("master_snapshots_ingested_total{outcome=\"stored\"}").GetValueOrDefault().Should().Be(0);
        afterStored.Value("master_snapshots_ingested_total{outcome=\"stored\"}").Should().Be(1);
        afterStored.Value("master_snapshot_bytes_total").Should().Be(fixture.JsonLength);
        afterUnchanged.Value("master_snapshots_ingested_total{outcome=\"stored\"}").Should().Be(1);
        afterUnchanged.Value("master_snapshots_ingested_total{outcome=\"unchanged\"}").Should().Be(1);
        afterUnchanged.Value("master_snapshot_bytes_total").Should().Be(2.0 * fixture.JsonLength);
    }

    [Test]
    public async Task Agents_online_follows_heartbeats_and_the_heartbeat_timeout()
    {
        var before = await PrometheusScrape.ReadAsync(Gateway);

        await _factory.Agent.HeartbeatAsync("c1");
        await _factory.Agent.HeartbeatAsync("c2");
        var online = await PrometheusScrape.ReadAsync(Gateway);
        _factory.Time.Advance(TimeSpan.FromSeconds(46));
        var silent = await PrometheusScrape.ReadAsync(Gateway);

        before.Value("master_agents_online").Should().Be(0);
        online.Value("master_agents_online").Should().Be(2);
        silent.Value("master_agents_online").Should().Be(0);
    }

    [Test]
    public async Task Queued_commands_count_what_waits_for_an_agent()
    {
        await _factory.Agent.HeartbeatAsync("c1");
        var before = await PrometheusScrape.ReadAsync(Gateway);

        await _factory.Hub.EnqueueCommandAsync(FleetFixtures.NewCommand("c1"));
        await _factory.Hub.EnqueueCommandAsync(FleetFixtures.NewCommand("c1"));
        var queued = await PrometheusScrape.ReadAsync(Gateway);
        using (var poll = await _factory.Agent.PollAsync("c1"))
        {
            poll.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var afterPoll = await PrometheusScrape.ReadAsync(Gateway);

        before.Value("master_commands_queued").Should().Be(0);
        queued.Value("master_commands_queued").Should().Be(2);
        afterPoll.Value("master_commands_queued").Should().Be(1);
    }

    [Test]
    public async Task Parked_polls_gauge_is_zero_rises_while_a_poll_is_held_and_falls_when_it_is_answered()
    {
        await _factory.Agent.HeartbeatAsync("c1");
        var before = await PrometheusScrape.ReadAsync(Gateway);

        var poll = _factory.Agent.PollAsync("c1");
        var parked = await WaitForAsync("master_agent_polls_parked", 1);
        await _factory.Hub.EnqueueCommandAsync(FleetFixtures.NewCommand("c1"));
        using (var answered = await poll)
        {
            answered.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var after = await PrometheusScrape.ReadAsync(Gateway);

        before.Value("master_agent_polls_parked").Should().Be(0);
        parked.Should().Be(1);
        after.Value("master_agent_polls_parked").Should().Be(0);
    }

    private static string Series(string method, string route, int status) =>
        $"{Requests}{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}}";

    /// <summary>Scrapes until the series has the value: the poll is parked by another request, at its own pace.</summary>
    private async Task<double?> WaitForAsync(string series, double value)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        double? seen;
        do
        {
            seen = (await PrometheusScrape.ReadAsync(Gateway)).Value(series);
            if (seen == value)
            {
                return seen;
            }

            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);

        return seen;
    }
}
