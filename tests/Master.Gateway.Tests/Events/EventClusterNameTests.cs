using System.Net;
using Master.Fleet.Registry;
using Master.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Events;

/// <summary>The event routes take a cluster's registered name wherever they take its id (gateway-api.md).</summary>
public sealed class EventClusterNameTests
{
    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public async Task OneTimeSetUp()
    {
        _factory = new GatewayFactory();
        await EventHistory.SeedAsync(_factory);
        var outcome = await _factory.Services.GetRequiredService<IClusterRegistry>()
            .ChangeAsync(EventHistory.Europe, new ClusterChange(Name: "europe"));
        outcome.Should().Be(ClusterChangeOutcome.Changed);
    }

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task List_filters_by_the_cluster_s_name()
    {
        var (status, body) = await _factory.Gateway.GetJsonAsync("/api/v2/events?cluster=europe&type=Warning");

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal("e7", "e4", "e6");
        body!["items"]!.AsArray().Select(item => item!["clusterId"]!.GetValue<string>()).Should().OnlyContain(id => id == "prod-eu");
    }

    [Test]
    public async Task Related_finds_the_cluster_by_its_name()
    {
        var (status, body) = await _factory.Gateway.GetJsonAsync(
            "/api/v2/events/related?cluster=europe&kind=Deployment&namespace=shop&name=api");

        status.Should().Be(HttpStatusCode.OK);
        EventHistory.Names(body).Should().Equal("e4", "e5", "e3", "e2", "e1");
    }

    [Test]
    public async Task Id_still_works_next_to_the_name()
    {
        var (_, byId) = await _factory.Gateway.GetJsonAsync("/api/v2/events?cluster=prod-eu");
        var (_, byName) = await _factory.Gateway.GetJsonAsync("/api/v2/events?cluster=europe");

        EventHistory.Names(byName).Should().Equal(EventHistory.Names(byId));
    }
}
