using System.Net;
using Master.DataHub;
using Master.Gateway.Tests.Support;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Commands;

/// <summary>Submissions while the DataHub (Redis) is unreachable: refused before anything is written, or told per command.</summary>
[TestFixture]
public sealed class CommandHubOutageTests : CommandFixture
{
    [Test]
    public async Task Submission_to_an_unreachable_hub_is_503_and_leaves_no_record()
    {
        Factory.Faults.Health = _ => ValueTask.FromResult(new DataHubHealth(false, "redis", "connection refused"));

        var (status, body) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "restart", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}}""");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("unavailable");
        Factory.Faults.Health = null;
        var (_, page) = await Gateway.GetJsonAsync("/api/v2/commands");
        page!["items"]!.AsArray().Should().BeEmpty("nothing was written, so nothing can run later");
    }

    [Test]
    public async Task Hub_failing_part_way_gives_each_command_its_status_and_records_the_unqueued_as_cancelled()
    {
        Factory.Faults.EnqueuesBeforeOutage = 1;

        var (status, body) = await PostCommandAsync(
            """{"clusters": ["prod-eu", "prod-us"], "action": "restart", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}}""");

        status.Should().Be(HttpStatusCode.Accepted);
        var items = body!["items"]!.AsArray();
        items.Select(item => item!["status"]!.GetValue<string>()).Should().Equal("pending", "cancelled");
        var cancelled = items[1]!["id"]!.GetValue<string>();
        await Eventually.TrueAsync(async () => await HistoryStatusAsync(cancelled) == "cancelled");
        (await Agent.TakeCommandAsync("prod-eu")).GetProperty("id").GetString().Should().Be(items[0]!["id"]!.GetValue<string>());
    }

    [Test]
    public async Task Hub_failing_before_any_command_was_queued_is_503()
    {
        Factory.Faults.EnqueuesBeforeOutage = 0;

        var (status, _) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "restart", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}}""");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
