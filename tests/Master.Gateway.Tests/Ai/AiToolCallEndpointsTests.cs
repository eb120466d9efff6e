using System.Net;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;

namespace Master.Gateway.Tests.Ai;

/// <summary><c>/api/v2/ai/sessions/{id}/tool-calls</c> over real sockets: recording calls as they start and finish.</summary>
public sealed class AiToolCallEndpointsTests
{
    private GatewayFactory _factory = null!;
    private string _session = null!;

    private string Calls => $"/api/v2/ai/sessions/{_session}/tool-calls";

    // The factory owns the clients it hands out and disposes them with itself.
    private HttpClient Viewer => _factory.ClientAs(Role.Viewer);

    [SetUp]
    public async Task SetUp()
    {
        _factory = new GatewayFactory();
        _session = await Viewer.CreateSessionAsync();
    }

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task A_call_recorded_when_it_starts_is_finished_later()
    {
        var message = await Viewer.AppendMessageAsync(_session, "assistant", "");

        var started = await Viewer.RecordToolCallAsync(_session,
            $$"""
            {"toolCallId": "call_1", "toolName": "query", "arguments": {"q": "pods where restarts > 0"}, "messageId": {{message["id"]}}}
            """);
        _factory.Time.Advance(TimeSpan.FromSeconds(2));
        var (status, finished) = await Viewer.SendAsync(HttpMethod.Post, $"{Calls}/{started["id"]}/finish",
            """{"status": "succeeded", "result": "3 pods\nweb-1", "durationMs": 2000}""");

        started.ShouldEqualJson($$"""
            {"id": {{started["id"]}}, "messageId": {{message["id"]}}, "toolCallId": "call_1", "toolName": "query",
             "arguments": {"q": "pods where restarts > 0"}, "result": null, "status": "running", "durationMs": null,
             "createdAt": "2025-06-12T06:00:00Z", "finishedAt": null}
            """);
        status.Should().Be(HttpStatusCode.OK);
        finished!["status"]!.GetValue<string>().Should().Be("succeeded");
        finished["result"]!.GetValue<string>().Should().Be("3 pods\nweb-1");
        finished["durationMs"]!.GetValue<long>().Should().Be(2000);
        finished["finishedAt"]!.GetValue<string>().Should().Be("2025-06-12T06:00:02Z");
        var (_, list) = await Viewer.GetJsonAsync(Calls);
        list.ShouldEqualJson($$"""{"items": [{{finished.ToJsonString()}}], "total": 1, "nextCursor": null}""");
    }

    [Test]
    public async Task A_finished_call_is_not_finished_again()
    {
        var call = await Viewer.RecordToolCallAsync(_session, """{"toolCallId": "c1", "toolName": "query"}""");
        await Viewer.SendAsync(HttpMethod.Post, $"{Calls}/{call["id"]}/finish", """{"status": "failed", "result": "timeout"}""");

        var (status, body) = await Viewer.SendAsync(HttpMethod.Post, $"{Calls}/{call["id"]}/finish", """{"status": "succeeded"}""");

        status.Should().Be(HttpStatusCode.Conflict);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("conflict");
        (await Viewer.GetJsonAsync(Calls)).Body!["items"]![0]!["status"]!.GetValue<string>().Should().Be("failed");
    }

    [Test]
    public async Task A_call_may_be_recorded_already_finished()
    {
        var call = await Viewer.RecordToolCallAsync(_session,
            """
            {"toolCallId": "c1", "toolName": "logs", "arguments": "{\"pod\": \"web-1\"}", "status": "failed", "result": "no such pod",
             "durationMs": 15}
            """);

        call["status"]!.GetValue<string>().Should().Be("failed");
        call["finishedAt"]!.GetValue<string>().Should().Be(call["createdAt"]!.GetValue<string>());
        call["arguments"]!.GetValue<string>().Should().Be("{\"pod\": \"web-1\"}", "arguments sent as a JSON string stay a string");
        call["messageId"].Should().BeNull();
    }

    [Test]
    public async Task Calls_are_listed_in_the_order_they_were_recorded()
    {
        foreach (var name in new[] { "query", "logs", "describe" })
        {
            await Viewer.RecordToolCallAsync(_session, $$"""{"toolCallId": "{{name}}-1", "toolName": "{{name}}"}""");
        }

        var (_, list) = await Viewer.GetJsonAsync(Calls);

        list!["items"]!.AsArray().Select(item => item!["toolName"]!.GetValue<string>()).Should().Equal("query", "logs", "describe");
        list["total"]!.GetValue<int>().Should().Be(3);
    }

    [Test]
    public async Task A_message_of_another_session_or_none_is_422_on_messageId()
    {
        var other = await Viewer.CreateSessionAsync();
        var foreign = await Viewer.AppendMessageAsync(other, "user", "elsewhere");

        foreach (var messageId in new[] { foreign["id"]!.GetValue<long>(), 999999 })
        {
            var (status, body) = await Viewer.SendAsync(HttpMethod.Post, Calls,
                $$"""{"toolCallId": "c1", "toolName": "query", "messageId": {{messageId}}}""");
            status.Should().Be(HttpStatusCode.UnprocessableEntity);
            body!["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("messageId");
        }
    }

    [Test]
    public async Task Every_problem_of_a_call_is_reported_at_once()
    {
        var (status, body) = await Viewer.SendAsync(HttpMethod.Post, Calls,
            """{"toolName": 3, "status": "done", "durationMs": -1, "messageId": "1", "result": false, "extra": true}""");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"].PropertyNames().Should()
            .BeEquivalentTo("toolCallId", "toolName", "status", "durationMs", "messageId", "result", "extra");
        body["error"]!["fields"]!["status"]!.GetValue<string>().Should().Be("expected one of running, succeeded, failed");
    }

    [Test]
    public async Task A_finish_must_name_an_outcome()
    {
        var call = await Viewer.RecordToolCallAsync(_session, """{"toolCallId": "c1", "toolName": "query"}""");

        var (missing, missingBody) = await Viewer.SendAsync(HttpMethod.Post, $"{Calls}/{call["id"]}/finish", "{}");
        var (running, runningBody) = await Viewer.SendAsync(HttpMethod.Post, $"{Calls}/{call["id"]}/finish", """{"status": "running"}""");

        missing.Should().Be(HttpStatusCode.UnprocessableEntity);
        missingBody!["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("status");
        running.Should().Be(HttpStatusCode.UnprocessableEntity);
        runningBody!["error"]!["fields"]!["status"]!.GetValue<string>().Should().Be("expected one of succeeded, failed");
    }

    [Test]
    public async Task Finishing_a_call_of_another_session_or_none_is_404()
    {
        var other = await Viewer.CreateSessionAsync();
        var foreign = await Viewer.RecordToolCallAsync(other, """{"toolCallId": "c1", "toolName": "query"}""");

        foreach (var callId in new[] { foreign["id"]!.ToJsonString(), "999999", "not-a-number" })
        {
            var (status, _) = await Viewer.SendAsync(HttpMethod.Post, $"{Calls}/{callId}/finish", """{"status": "succeeded"}""");
            status.Should().Be(HttpStatusCode.NotFound, callId);
        }
    }
}
