using System.Net;
using Master.Gateway.Tests.Support;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Commands;

/// <summary>Every edge of the lifecycle of agent-protocol.md §11.3 as the API shows it, in the live state and in the history.</summary>
public sealed class CommandLifecycleTests : CommandFixture
{
    [Test]
    public async Task A_command_no_agent_takes_expires_after_the_command_expiry_and_is_never_delivered()
    {
        var id = await SubmitRestartAsync();

        Factory.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        await Eventually.TrueAsync(async () => await HistoryStatusAsync(id) == "expired");
        var command = await GetCommandAsync(id);
        command["status"]!.GetValue<string>().Should().Be("expired");
        command["finishedAt"].Should().NotBeNull();
        (await Factory.Hub.CountPendingCommandsAsync()).Should().Be(0);
    }

    [Test]
    public async Task A_dispatched_command_without_a_result_times_out_and_a_late_result_is_shown_beside_it()
    {
        var id = await SubmitRestartAsync();
        await Agent.TakeCommandAsync("prod-us");

        Factory.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(async () => await HistoryStatusAsync(id) == "timeout");
        await Agent.PostResultAsync("prod-us", id, output: "restarted late");

        var command = await GetCommandAsync(id);
        command["status"]!.GetValue<string>().Should().Be("timeout", "a late result must not flip the outcome silently");
        command["result"].Should().BeNull();
        command["lateResult"]!["output"]!.GetValue<string>().Should().Be("restarted late");
        command["lateResult"]!["success"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task The_late_result_is_kept_in_the_history_too()
    {
        var id = await SubmitRestartAsync();
        await Agent.TakeCommandAsync("prod-us");
        Factory.Time.Advance(TimeSpan.FromMinutes(3));
        await Eventually.TrueAsync(async () => await HistoryStatusAsync(id) == "timeout");

        await Agent.PostResultAsync("prod-us", id, success: false, error: "deployments.apps \"api\" not found");

        var (_, page) = await Gateway.GetJsonAsync($"/api/v2/commands?status=timeout");
        var listed = page!["items"]!.AsArray().Single(item => item!["id"]!.GetValue<string>() == id)!;
        listed["lateResult"]!["error"]!.GetValue<string>().Should().Be("deployments.apps \"api\" not found");
    }

    [Test]
    public async Task A_second_result_is_ignored_and_the_first_one_wins()
    {
        var id = await SubmitRestartAsync();
        await Agent.TakeCommandAsync("prod-us");

        await Agent.PostResultAsync("prod-us", id, output: "first");
        await Agent.PostResultAsync("prod-us", id, success: false, error: "second");

        var command = await GetCommandAsync(id);
        command["status"]!.GetValue<string>().Should().Be("succeeded");
        command["result"]!["output"]!.GetValue<string>().Should().Be("first");
        (await HistoryStatusAsync(id)).Should().Be("succeeded");
    }

    [Test]
    public async Task A_failed_result_keeps_the_agents_error()
    {
        var id = await SubmitRestartAsync();
        await Agent.TakeCommandAsync("prod-us");

        await Agent.PostResultAsync("prod-us", id, success: false, error: "deployments.apps \"api\" not found");

        var command = await GetCommandAsync(id);
        command["status"]!.GetValue<string>().Should().Be("failed");
        command["result"]!["error"]!.GetValue<string>().Should().Be("deployments.apps \"api\" not found");
    }

    [Test]
    public async Task Cancelling_a_pending_command_makes_it_cancelled_for_good()
    {
        var id = await SubmitRestartAsync();

        var cancelled = await PostAsync($"/api/v2/commands/{id}/cancel", HttpStatusCode.OK);

        cancelled["status"]!.GetValue<string>().Should().Be("cancelled");
        (await HistoryStatusAsync(id)).Should().Be("cancelled", "the cancel answers only once it is in the history");
        (await Factory.Hub.CountPendingCommandsAsync()).Should().Be(0);
        var next = await SubmitRestartAsync();
        (await Agent.TakeCommandAsync("prod-us")).GetProperty("id").GetString().Should().Be(next, "the cancelled one is never delivered");
    }

    [Test]
    public async Task Cancelling_a_dispatched_or_finished_command_is_409_and_changes_nothing()
    {
        var dispatched = await SubmitRestartAsync("prod-us");
        await Agent.TakeCommandAsync("prod-us");
        var finished = await SubmitRestartAsync("staging");
        await Agent.TakeCommandAsync("staging");
        await Agent.PostResultAsync("staging", finished);

        var first = await PostAsync($"/api/v2/commands/{dispatched}/cancel", HttpStatusCode.Conflict);
        var second = await PostAsync($"/api/v2/commands/{finished}/cancel", HttpStatusCode.Conflict);

        first["error"]!["code"]!.GetValue<string>().Should().Be("conflict");
        first["error"]!["message"]!.GetValue<string>().Should().Contain("dispatched");
        second["error"]!["message"]!.GetValue<string>().Should().Contain("succeeded");
        (await GetCommandAsync(dispatched))["status"]!.GetValue<string>().Should().Be("dispatched");
    }

    [Test]
    public async Task Unknown_commands_are_404_everywhere()
    {
        var cancel = await PostAsync("/api/v2/commands/no-such-command/cancel", HttpStatusCode.NotFound);
        var (get, _) = await Gateway.GetJsonAsync("/api/v2/commands/no-such-command");
        var (logs, _) = await Gateway.GetJsonAsync("/api/v2/commands/no-such-command/logs");

        cancel["error"]!["code"]!.GetValue<string>().Should().Be("not_found");
        get.Should().Be(HttpStatusCode.NotFound);
        logs.Should().Be(HttpStatusCode.NotFound);
    }
}
