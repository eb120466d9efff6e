using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Testing.Snapshots;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.MultiInstance;

/// <summary>Two instances behind one Redis, over real sockets: what an agent does through one is seen through the other.</summary>
[TestFixture]
public sealed class TwoInstanceTests
{
    private TwoInstances _instances = null!;

    private GatewayFactory A => _instances.A;

    private GatewayFactory B => _instances.B;

    [SetUp]
    public void StartInstances() => _instances = TwoInstances.Start();

    [TearDown]
    public async Task StopInstancesAsync() => await _instances.DisposeAsync();

    [Test]
    public async Task Snapshot_pushed_through_one_instance_is_served_by_the_other()
    {
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 30, nodes: 3);

        await A.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson(), version: "2.4.0");

        var (status, body) = await B.Gateway.GetJsonAsync("/api/v2/clusters/prod-eu/status");
        status.Should().Be(HttpStatusCode.OK);
        body!["snapshotVersion"]!.GetValue<long>().Should().Be(1);
        body["summary"].ShouldEqualJson(FleetFixtures.SummaryJson(fixture));
    }

    [Test]
    public async Task Command_submitted_on_one_instance_reaches_an_agent_parked_on_the_other_and_its_result_is_seen_everywhere()
    {
        await A.Agent.HeartbeatAsync("prod-eu");
        using var parked = B.Agent.PollAsync("prod-eu");
        await Task.Delay(200); // lets the poll park on B first; were it not parked yet, it would take the command at once

        var id = await SubmitRestartAsync(A, "prod-eu");

        using var reply = await parked.WaitAsync(TimeSpan.FromSeconds(10));
        reply.StatusCode.Should().Be(HttpStatusCode.OK);
        var delivered = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!;
        delivered["command"]!["id"]!.GetValue<string>().Should().Be(id);

        await A.Agent.PostResultAsync("prod-eu", id, output: "restarted");

        var onB = await CommandAsync(B, id);
        onB["status"]!.GetValue<string>().Should().Be("succeeded");
        onB["result"]!["output"]!.GetValue<string>().Should().Be("restarted");
        (await Eventually.ValueAsync(async () =>
            (await CommandAsync(A, id))["status"]!.GetValue<string>() is "succeeded" ? "succeeded" : null)).Should().Be("succeeded");
    }

    [Test]
    public async Task Command_queued_through_an_instance_that_then_stops_is_delivered_by_the_other()
    {
        await A.Agent.HeartbeatAsync("prod-eu");
        var id = await SubmitRestartAsync(A, "prod-eu");

        await A.DisposeAsync();
        var command = await B.Agent.TakeCommandAsync("prod-eu");

        command.GetProperty("id").GetString().Should().Be(id);
    }

    private static async Task<string> SubmitRestartAsync(GatewayFactory instance, string cluster)
    {
        var (status, body, response) = await instance.Gateway.SendJsonAsync(
            HttpMethod.Post,
            "/api/v2/commands",
            $$"""
            {"cluster": "{{cluster}}", "action": "restart", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"} }
            """);
        response.Dispose();
        status.Should().Be(HttpStatusCode.Accepted, "the submission was {0}", body?.ToJsonString());
        return body!["items"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task<JsonNode> CommandAsync(GatewayFactory instance, string id)
    {
        var (status, body) = await instance.Gateway.GetJsonAsync($"/api/v2/commands/{id}");
        status.Should().Be(HttpStatusCode.OK);
        return body!;
    }
}
