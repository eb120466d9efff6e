using System.Globalization;
using System.Net;
using Master.AgentSdk.Tests.Support;
using Master.DataHub.Commands;
using Microsoft.Extensions.Logging;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.4 C60–C66 (with §4.5 and §11.4): results of dispatched commands.</summary>
public sealed class ResultTests : AgentChannelFixture
{
    /// <summary>A result for <paramref name="commandId"/> with the other members of the JSON object <paramref name="members"/>.</summary>
    private static HttpRequestMessage ResultFor(string commandId, string members, string? clusterId = null, bool gzip = false) =>
        AgentHttp.Result($$"""{"commandId":"{{commandId}}",{{members[1..]}}""", clusterId, gzip);

    [Test]
    public async Task C60_success_result_completes_the_command_with_exec_time_in_ns_and_executed_at_in_utc()
    {
        var command = await Client.DispatchAsync(Hub, AgentHttp.NewClusterId());

        using var response = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":true,"execTime":61234567,"executedAt":"2025-06-12T14:05:41.402117+08:00"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}\n");
        var stored = (await Hub.GetCommandAsync(command.Id))!;
        stored.Status.Should().Be(CommandStatus.Succeeded);
        stored.FinishedAt.Should().NotBeNull();
        stored.Result!.Success.Should().BeTrue();
        stored.Result.ExecTimeNs.Should().Be(61234567);
        stored.Result.ExecutedAt.Should().Be(DateTimeOffset.Parse("2025-06-12T06:05:41.402117Z", CultureInfo.InvariantCulture));
        stored.Result.ExecutedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Test]
    public async Task C61_failure_result_fails_the_command_and_keeps_the_error()
    {
        var command = await Client.DispatchAsync(Hub, AgentHttp.NewClusterId());

        using var response = await Client.SendAsync(ResultFor(
            command.Id,
            """
            {"success":false,"error":"deployments.apps \"api\" not found","execTime":3021448,
             "executedAt":"2025-06-12T14:06:02.118+08:00"}
            """));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await Hub.GetCommandAsync(command.Id))!;
        stored.Status.Should().Be(CommandStatus.Failed);
        stored.Result!.Success.Should().BeFalse();
        stored.Result.Error.Should().Be("deployments.apps \"api\" not found");
    }

    [Test]
    public async Task C62_the_first_result_wins_and_a_later_one_changes_nothing()
    {
        var command = await Client.DispatchAsync(Hub, AgentHttp.NewClusterId());
        using var first = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":true,"output":"first","execTime":61234567,"executedAt":"2025-06-12T14:05:41+08:00"}"""));
        var afterFirst = (await Hub.GetCommandAsync(command.Id))!;

        using var second = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":false,"output":"second","error":"boom","executedAt":"2025-06-12T14:05:50+08:00"}"""));

        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await Hub.GetCommandAsync(command.Id))!;
        stored.Status.Should().Be(CommandStatus.Succeeded);
        stored.Result!.Output.Should().Be("first");
        stored.FinishedAt.Should().Be(afterFirst.FinishedAt);
    }

    [Test]
    public async Task C63_result_for_an_unknown_command_is_200_and_changes_nothing()
    {
        var before = await Hub.ListCommandsAsync();
        var unknown = Guid.NewGuid().ToString();

        using var response = await Client.SendAsync(ResultFor(
            unknown,
            """{"success":true,"executedAt":"2025-06-12T14:05:41+08:00"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}\n");
        (await Hub.GetCommandAsync(unknown)).Should().BeNull();
        (await Hub.ListCommandsAsync()).Select(c => (c.Id, c.Status)).Should().Equal(before.Select(c => (c.Id, c.Status)));
    }

    [TestCase("""{"success":true,"executedAt":"2025-06-12T14:05:41+08:00"}""", "command_id_required")]
    [TestCase("""{"commandId":"","success":true}""", "command_id_required")]
    [TestCase("""{"commandId":null,"success":true}""", "command_id_required")]
    [TestCase("{", "invalid_json")]
    [TestCase("""{"commandId":7,"success":true}""", "invalid_json")]
    [TestCase("[]", "invalid_json")]
    public async Task C64_result_without_command_id_or_with_a_broken_body_is_400(string body, string code)
    {
        using var response = await Client.SendAsync(AgentHttp.Result(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be(code);
    }

    [Test]
    public async Task C65_result_claiming_another_cluster_is_ignored_with_a_security_event()
    {
        var c1 = AgentHttp.NewClusterId();
        var c2 = AgentHttp.NewClusterId();
        var command = await Client.DispatchAsync(Hub, c1);

        using var response = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":true,"executedAt":"2025-06-12T14:05:41+08:00"}""", clusterId: c2));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await Hub.GetCommandAsync(command.Id))!;
        stored.Status.Should().Be(CommandStatus.Dispatched, "the result was ignored");
        stored.Result.Should().BeNull();
        stored.DispatchedAt.Should().Be(command.DispatchedAt);

        // There is no security-event store yet: the dedicated structured log event is the security event.
        var securityEvent = Server.Logs().GetSnapshot()
            .Should().ContainSingle(record =>
                record.Id.Name == "AgentClusterMismatch" && record.Message.Contains(command.Id, StringComparison.Ordinal))
            .Which;
        securityEvent.Level.Should().Be(LogLevel.Warning);
        securityEvent.Message.Should().StartWith("agent_cluster_mismatch");
        securityEvent.StructuredState.Should().Contain(new KeyValuePair<string, string?>("CommandClusterId", c1))
            .And.Contain(new KeyValuePair<string, string?>("HeaderClusterId", c2))
            .And.Contain(new KeyValuePair<string, string?>("RemoteAddress", "127.0.0.1"));
    }

    [Test]
    public async Task Result_with_the_command_cluster_in_its_header_is_applied()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await Client.DispatchAsync(Hub, cluster);

        using var response = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":true,"executedAt":"2025-06-12T14:05:41+08:00"}""", clusterId: cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Succeeded);
    }

    [Test]
    public async Task C66_gzip_compressed_result_is_applied()
    {
        var command = await Client.DispatchAsync(Hub, AgentHttp.NewClusterId());

        using var response = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":true,"output":"{\"LOG_LEVEL\":\"info\"}","executedAt":"2025-06-12T14:07:10.9+08:00"}""",
            gzip: true));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await Hub.GetCommandAsync(command.Id))!;
        stored.Status.Should().Be(CommandStatus.Succeeded);
        stored.Result!.Output.Should().Be("{\"LOG_LEVEL\":\"info\"}");
    }

    [Test]
    public async Task Result_for_a_pending_command_completes_it_and_takes_it_off_its_queue()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await Hub.EnqueueAsync(cluster);

        using var response = await Client.SendAsync(ResultFor(
            command.Id,
            """{"success":true,"executedAt":"2025-06-12T14:05:41+08:00"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Succeeded);
        using var poll = await Client.SendAsync(AgentHttp.PollFor(cluster));
        (await poll.PolledCommandIdAsync()).Should().BeNull();
    }
}
