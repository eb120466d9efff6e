using System.Net;
using Master.Gateway.Tests.Support;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Commands;

/// <summary>
/// Master restarts with the memory hub, which loses its live state: the history puts pending commands back in their
/// queues and dispatched ones back as dispatched, so none vanishes (ARCHITECTURE.md, storage split).
/// </summary>
public sealed class CommandRestartTests
{
    private string _dataDirectory = null!;

    [SetUp]
    public void SetUp() =>
        _dataDirectory = Path.Combine(Path.GetTempPath(), "master-command-restart-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Test]
    public async Task Pending_commands_are_queued_again_in_their_order_and_delivered_after_a_restart()
    {
        string first, second, ai;
        await using (var before = new GatewayFactory(dataDirectory: _dataDirectory))
        {
            await before.Agent.HeartbeatAsync("prod-eu");
            first = await SubmitAsync(before, "restart", "web");
            second = await SubmitAsync(before, "restart", "web");
            ai = await SubmitAsync(before, "restart", "ai");
        }

        await using var after = new GatewayFactory(dataDirectory: _dataDirectory);

        (await after.Hub.CountPendingCommandsAsync()).Should().Be(3);
        (await after.Agent.TakeCommandAsync("prod-eu")).GetProperty("id").GetString().Should().Be(first);
        (await after.Agent.TakeCommandAsync("prod-eu")).GetProperty("id").GetString().Should().Be(second);
        (await after.Agent.TakeCommandAsync("prod-eu", "ai")).GetProperty("id").GetString().Should().Be(ai);
        await after.Agent.PostResultAsync("prod-eu", first);
        (await StatusAsync(after, first)).Should().Be("succeeded");
    }

    [Test]
    public async Task A_dispatched_command_still_takes_its_result_after_a_restart()
    {
        var id = await DispatchBeforeRestartAsync();

        await using var after = new GatewayFactory(dataDirectory: _dataDirectory);
        (await StatusAsync(after, id)).Should().Be("dispatched");
        await after.Agent.PostResultAsync("prod-eu", id, output: "done while Master restarted");

        (await StatusAsync(after, id)).Should().Be("succeeded");
        (await HistoryStatusAsync(after, id)).Should().Be("succeeded");
    }

    [Test]
    public async Task A_dispatched_command_whose_agent_never_answers_becomes_timeout_after_a_restart()
    {
        var id = await DispatchBeforeRestartAsync();

        await using var after = new GatewayFactory(dataDirectory: _dataDirectory);
        after.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));

        await Eventually.TrueAsync(async () => await HistoryStatusAsync(after, id) == "timeout");
        (await after.Hub.CountPendingCommandsAsync()).Should().Be(0, "a dispatched command is never delivered twice by a restart");
    }

    [Test]
    public async Task Finished_commands_stay_readable_from_the_history_after_a_restart()
    {
        string id;
        await using (var before = new GatewayFactory(dataDirectory: _dataDirectory))
        {
            await before.Agent.HeartbeatAsync("prod-eu");
            id = await SubmitAsync(before, "restart", "web");
            await before.Agent.TakeCommandAsync("prod-eu");
            await before.Agent.PostResultAsync("prod-eu", id, output: "restarted");
        }

        await using var after = new GatewayFactory(dataDirectory: _dataDirectory);
        var (status, command) = await after.Gateway.GetJsonAsync($"/api/v2/commands/{id}");

        status.Should().Be(HttpStatusCode.OK);
        command!["status"]!.GetValue<string>().Should().Be("succeeded");
        command["result"]!["output"]!.GetValue<string>().Should().Be("restarted");
        (await after.Hub.GetCommandAsync(id)).Should().BeNull("the live state did not survive; the history answered");
    }

    /// <summary>Runs a Master that submits a command and hands it to the agent, then stops it; returns the command's id.</summary>
    private async Task<string> DispatchBeforeRestartAsync()
    {
        await using var before = new GatewayFactory(dataDirectory: _dataDirectory);
        await before.Agent.HeartbeatAsync("prod-eu");
        var id = await SubmitAsync(before, "restart", "web");
        await before.Agent.TakeCommandAsync("prod-eu");
        await Eventually.TrueAsync(async () => await HistoryStatusAsync(before, id) == "dispatched");
        return id;
    }

    private static async Task<string> SubmitAsync(GatewayFactory factory, string action, string source)
    {
        var (status, body, response) = await factory.Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/commands",
            $$"""{"cluster": "prod-eu", "action": "{{action}}", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}, "source": "{{source}}"}""");
        response.Dispose();
        status.Should().Be(HttpStatusCode.Accepted);
        return body!["items"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task<string> StatusAsync(GatewayFactory factory, string id) =>
        (await factory.Gateway.GetJsonAsync($"/api/v2/commands/{id}")).Body!["status"]!.GetValue<string>();

    private static async Task<string?> HistoryStatusAsync(GatewayFactory factory, string id)
    {
        var (_, page) = await factory.Gateway.GetJsonAsync("/api/v2/commands");
        return page!["items"]!.AsArray().SingleOrDefault(item => item!["id"]!.GetValue<string>() == id)?["status"]!.GetValue<string>();
    }
}
