using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Commands;

/// <summary><c>POST /api/v2/commands</c> over real sockets, delivered to agents speaking the real protocol (gateway-api.md §Commands).</summary>
public sealed class CommandSubmissionTests : CommandFixture
{
    [Test]
    public async Task A_scale_goes_round_trip_from_submission_to_agent_to_result_to_history()
    {
        var operatorClient = Factory.ClientAs(Role.Operator);
        var (status, body) = await PostCommandAsync(
            """{"cluster": "Production EU", "action": "scale", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}, "params": {"replicas": 3}, "source": "web"}""",
            operatorClient);

        status.Should().Be(HttpStatusCode.Accepted);
        var id = body!["items"]![0]!["id"]!.GetValue<string>();
        body.ShouldEqualJson($$"""{"items": [{"id": "{{id}}", "clusterId": "prod-eu", "status": "pending"}]}""");
        Guid.TryParseExact(id, "D", out _).Should().BeTrue();
        id.Should().Be(id.ToLowerInvariant());

        var delivered = await Agent.TakeCommandAsync("prod-eu");
        JsonNode.Parse(delivered.GetRawText()).ShouldEqualJson($$"""
            {"id": "{{id}}", "clusterId": "prod-eu", "action": "scale", "kind": "Deployment", "namespace": "shop", "name": "api",
             "params": {"replicas": 3}, "source": "web", "createdBy": "operator-user", "createdAt": "2025-06-12T06:00:00Z",
             "expiresAt": "2025-06-12T06:10:00Z"}
            """);
        (await GetCommandAsync(id))["status"]!.GetValue<string>().Should().Be("dispatched");

        Factory.Time.Advance(TimeSpan.FromSeconds(2));
        await Agent.PostResultAsync("prod-eu", id, output: "scaled");

        var command = await GetCommandAsync(id);
        command.ShouldEqualJson($$"""
            {"id": "{{id}}", "clusterId": "prod-eu", "action": "scale", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"},
             "params": {"replicas": 3}, "source": "web", "createdBy": "operator-user", "topic": "ops", "status": "succeeded",
             "createdAt": "2025-06-12T06:00:00Z", "expiresAt": "2025-06-12T06:10:00Z", "dispatchedAt": "2025-06-12T06:00:00Z",
             "finishedAt": "2025-06-12T06:00:02Z", "durationMs": 2000, "resultTimeoutMs": 120000,
             "result": {"success": true, "output": "scaled", "error": null, "execTimeNs": 61234567,
                        "executedAt": "2025-06-12T06:05:41.402117Z", "receivedAt": "2025-06-12T06:00:02Z"},
             "lateResult": null}
            """);

        // The agent's 200 waited for the history: the list (read from the store) already shows the outcome.
        (await HistoryStatusAsync(id)).Should().Be("succeeded");
    }

    [Test]
    public async Task One_command_is_created_per_distinct_target_cluster_by_id_or_name()
    {
        var (status, body) = await PostCommandAsync(
            """{"clusters": ["Production EU", "prod-us", "prod-eu", "staging"], "action": "cordon", "target": {"kind": "Node", "name": "node-1"}}""");

        status.Should().Be(HttpStatusCode.Accepted);
        var items = body!["items"]!.AsArray();
        items.Select(item => item!["clusterId"]!.GetValue<string>()).Should().Equal("prod-eu", "prod-us", "staging");
        items.Select(item => item!["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        foreach (var item in items)
        {
            var cluster = item!["clusterId"]!.GetValue<string>();
            var delivered = await Agent.TakeCommandAsync(cluster);
            delivered.GetProperty("id").GetString().Should().Be(item["id"]!.GetValue<string>());
            delivered.GetProperty("clusterId").GetString().Should().Be(cluster);
            delivered.GetProperty("source").GetString().Should().Be("api", "a request without a source comes from the API");
        }
    }

    [Test]
    public async Task Ai_commands_go_to_the_ai_topic_and_the_rest_to_ops()
    {
        var ai = await SubmitRestartAsync("staging", source: "ai");
        var web = await SubmitRestartAsync("staging", source: "web");

        (await Agent.TakeCommandAsync("staging", "ai")).GetProperty("id").GetString().Should().Be(ai);
        (await Agent.TakeCommandAsync("staging", "ops")).GetProperty("id").GetString().Should().Be(web);
        (await GetCommandAsync(ai))["topic"]!.GetValue<string>().Should().Be("ai");
        (await Factory.Hub.CountPendingCommandsAsync()).Should().Be(0);
    }

    [TestCase("""{"cluster": "prod-eu", "action": "delete_pod", "target": {"namespace": "shop", "name": "api-1"}}""", "action")]
    [TestCase("""{"cluster": "prod-eu", "action": "exec", "target": {"namespace": "shop", "name": "api-1"}}""", "action")]
    [TestCase("""{"cluster": "prod-eu", "action": "scale", "target": {"namespace": "shop", "name": "api"}, "params": {"replicas": "3"}}""", "params.replicas")]
    [TestCase("""{"cluster": "prod-eu", "action": "scale", "target": {"namespace": "shop", "name": "api"}, "params": {"replicas": -1}}""", "params.replicas")]
    [TestCase("""{"cluster": "prod-eu", "action": "scale", "target": {"namespace": "shop", "name": "api"}}""", "params.replicas")]
    [TestCase("""{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop"}}""", "target.name")]
    [TestCase("""{"cluster": "prod-eu", "action": "update_image", "target": {"namespace": "shop", "name": "api"}, "params": {"image": "api:2"}}""", "params.container")]
    [TestCase("""{"cluster": "prod-eu", "action": "get_logs", "target": {"namespace": "shop", "name": "api-1"}, "params": {"tailLines": 500}}""", "params.tailLines")]
    [TestCase("""{"cluster": "nowhere", "action": "restart", "target": {"namespace": "shop", "name": "api"}}""", "cluster")]
    [TestCase("""{"clusters": ["prod-eu", "nowhere"], "action": "restart", "target": {"namespace": "shop", "name": "api"}}""", "clusters[1]")]
    [TestCase("""{"clusters": [], "action": "restart", "target": {"namespace": "shop", "name": "api"}}""", "clusters")]
    [TestCase("""{"action": "restart", "target": {"namespace": "shop", "name": "api"}}""", "clusters")]
    [TestCase("""{"cluster": "prod-eu", "clusters": ["prod-us"], "action": "restart", "target": {"namespace": "shop", "name": "api"}}""", "cluster")]
    [TestCase("""{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop", "name": "api"}, "source": "cron"}""", "source")]
    [TestCase("""{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop", "name": "api"}, "timeoutSeconds": 0}""", "timeoutSeconds")]
    [TestCase("""{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop", "name": "api", "uid": "x"}}""", "target.uid")]
    [TestCase("""{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop", "name": "api"}, "priority": 1}""", "priority")]
    public async Task An_invalid_submission_is_422_naming_the_field_and_queues_nothing(string json, string field)
    {
        var (status, body) = await PostCommandAsync(json);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("validation_failed");
        body["error"]!["fields"]!.PropertyNames().Should().Contain(field);
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        (await Factory.Hub.ListCommandsAsync()).Should().BeEmpty();
        var (_, history) = await Gateway.GetJsonAsync("/api/v2/commands");
        history!["items"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task Every_problem_of_a_submission_is_named_at_once()
    {
        var (status, body) = await PostCommandAsync(
            """{"clusters": ["nowhere"], "action": "scale", "target": {"name": "api"}, "params": {"replicas": 1.5}}""");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]!.PropertyNames().Should().BeEquivalentTo("clusters[0]", "target.namespace", "params.replicas");
    }

    [Test]
    public async Task A_body_that_is_not_json_is_400()
    {
        var (status, body) = await PostCommandAsync("{\"cluster\": ");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["code"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task A_viewer_may_read_commands_but_not_submit_or_cancel_them()
    {
        var id = await SubmitRestartAsync();
        var viewer = Factory.ClientAs(Role.Viewer);

        var (submit, _) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop", "name": "api"}}""", viewer);
        var (cancel, _, response) = await viewer.SendJsonAsync(HttpMethod.Post, $"/api/v2/commands/{id}/cancel");
        response.Dispose();

        submit.Should().Be(HttpStatusCode.Forbidden);
        cancel.Should().Be(HttpStatusCode.Forbidden);
        (await GetCommandAsync(id, viewer))["status"]!.GetValue<string>().Should().Be("pending");
    }

    [Test]
    public async Task A_request_may_set_the_result_timeout()
    {
        var (_, body) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "restart", "target": {"namespace": "shop", "name": "api"}, "timeoutSeconds": 30}""");

        var id = body!["items"]![0]!["id"]!.GetValue<string>();
        (await GetCommandAsync(id))["resultTimeoutMs"]!.GetValue<long>().Should().Be(30_000);
    }

    [Test]
    public async Task Submissions_and_cancels_are_audited_with_target_and_params()
    {
        var (_, body) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "scale", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}, "params": {"replicas": 2}}""");
        var id = body!["items"]![0]!["id"]!.GetValue<string>();
        await PostAsync($"/api/v2/commands/{id}/cancel", HttpStatusCode.OK);

        var submitted = await AuditEntryAsync("SubmitCommand");
        var cancelled = await AuditEntryAsync("CancelCommand");

        submitted["detail"]!["body"].ShouldEqualJson(
            """{"cluster": "prod-eu", "action": "scale", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}, "params": {"replicas": 2}}""");
        submitted["statusCode"]!.GetValue<int>().Should().Be(202);
        cancelled["resourceId"]!.GetValue<string>().Should().Be(id);
        cancelled["statusCode"]!.GetValue<int>().Should().Be(200);
    }

    private async Task<JsonNode> AuditEntryAsync(string action)
    {
        var items = await Eventually.ValueAsync(async () =>
        {
            var (_, page) = await Gateway.GetJsonAsync($"/api/v2/audit-logs?action={action}");
            var found = page!["items"]!.AsArray();
            return found.Count > 0 ? found : null;
        });
        return items![0]!;
    }
}
