using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Testing.Servers;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.MultiInstance;

/// <summary>Redis stopped and started again under two running instances, over real sockets.</summary>
[TestFixture]
public sealed class RedisOutageTests
{
    [Test]
    public async Task Instances_answer_503_while_Redis_is_down_and_carry_on_when_it_is_back_with_nothing_lost()
    {
        await using var redis = await RedisServerProcess.StartNewAsync();
        await using var instances = TwoInstances.Start(redis.Endpoint);
        await instances.A.Agent.HeartbeatAsync("prod-eu");
        var queued = await SubmitRestartAsync(instances.A);
        queued.Status.Should().Be(HttpStatusCode.Accepted);
        var inFlightPoll = instances.B.Agent.PollAsync("prod-us");

        await redis.StopAsync();

        using (var poll = await inFlightPoll.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            poll.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a poll must not be told there is nothing to do when nobody can know");
        }

        var (ready, readiness) = await instances.B.Anonymous.GetJsonAsync("/readyz");
        ready.Should().Be(HttpStatusCode.ServiceUnavailable);
        readiness!["error"]!["checks"]!["datahub"]!.GetValue<string>().Should().Contain("Redis");
        using (var heartbeat = await instances.B.Agent.SendHeartbeatAsync("prod-eu"))
        {
            heartbeat.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "an agent must never be told its heartbeat was taken");
            heartbeat.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
            JsonNode.Parse(await heartbeat.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>().Should().Be("unavailable");
        }

        var refused = await SubmitRestartAsync(instances.A);
        refused.Status.Should().Be(HttpStatusCode.ServiceUnavailable);

        await redis.StartAsync();

        await Eventually.TrueAsync(async () => (await instances.B.Anonymous.GetJsonAsync("/readyz")).Status == HttpStatusCode.OK);
        var delivered = await instances.B.Agent.TakeCommandAsync("prod-eu");
        delivered.GetProperty("id").GetString().Should().Be(queued.Id, "a command accepted before the outage is still queued");
        using var after = await instances.B.Agent.SendHeartbeatAsync("prod-eu");
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<(HttpStatusCode Status, string? Id)> SubmitRestartAsync(GatewayFactory instance)
    {
        var (status, body, response) = await instance.Gateway.SendJsonAsync(
            HttpMethod.Post,
            "/api/v2/commands",
            """{"cluster": "prod-eu", "action": "restart", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}}""");
        response.Dispose();
        return (status, status == HttpStatusCode.Accepted ? body!["items"]![0]!["id"]!.GetValue<string>() : null);
    }
}
