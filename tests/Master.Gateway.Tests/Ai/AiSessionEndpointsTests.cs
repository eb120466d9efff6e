using System.Net;
using Master.Database.Ai;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Ai;

/// <summary><c>/api/v2/ai/sessions</c> over real sockets: creating, listing, reaching and deleting sessions.</summary>
public sealed class AiSessionEndpointsTests
{
    private GatewayFactory _factory = null!;

    private HttpClient Gateway => _factory.Gateway;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Create_answers_201_with_the_session_and_get_and_list_show_it()
    {
        var viewer = _factory.ClientAs(Role.Viewer);

        var (status, created, response) = await viewer.SendJsonAsync(HttpMethod.Post, "/api/v2/ai/sessions",
            """{"title": "Why is checkout slow?", "clusterId": "prod-eu", "model": "gpt-4o"}""");
        var location = response.Headers.Location;
        response.Dispose();

        status.Should().Be(HttpStatusCode.Created);
        created.PropertyNames().Should().BeEquivalentTo("id", "title", "clusterId", "model", "createdAt", "updatedAt");
        var id = created!["id"]!.GetValue<string>();
        id.Should().MatchRegex("^[0-9a-f]{32}$");
        location!.ToString().Should().Be($"/api/v2/ai/sessions/{id}");
        created["createdAt"]!.GetValue<string>().Should().Be("2025-06-12T06:00:00Z");
        var (got, one) = await viewer.GetJsonAsync($"/api/v2/ai/sessions/{id}");
        got.Should().Be(HttpStatusCode.OK);
        one.ShouldEqualJson(created.ToJsonString());
        var (_, list) = await viewer.GetJsonAsync("/api/v2/ai/sessions");
        list.ShouldEqualJson($$"""{"items": [{{created.ToJsonString()}}], "total": 1, "nextCursor": null}""");
    }

    [Test]
    public async Task Every_member_of_a_new_session_is_optional()
    {
        var (status, created) = await Gateway.SendAsync(HttpMethod.Post, "/api/v2/ai/sessions", "{}");

        status.Should().Be(HttpStatusCode.Created);
        created!["title"]!.GetValue<string>().Should().BeEmpty();
        created["clusterId"].Should().BeNull();
        created["model"].Should().BeNull();
    }

    [Test]
    public async Task Every_problem_of_a_new_session_is_reported_at_once()
    {
        var (status, body) = await Gateway.SendAsync(HttpMethod.Post, "/api/v2/ai/sessions",
            $$"""{"title": 5, "clusterId": "", "model": "{{new string('m', 256)}}", "owner": "ana"}""");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("validation_failed");
        body["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("title", "clusterId", "model", "owner");
    }

    [TestCase("{\"title\": ")]
    [TestCase("")]
    public async Task Malformed_json_is_400(string json)
    {
        var (status, body) = await Gateway.SendAsync(HttpMethod.Post, "/api/v2/ai/sessions", json);

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("bad_request");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("line 1");
    }

    [Test]
    public async Task Sessions_are_listed_most_recently_active_first_and_only_the_callers_own()
    {
        var viewer = _factory.ClientAs(Role.Viewer);
        var first = await viewer.CreateSessionAsync("""{"title": "first"}""");
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await viewer.CreateSessionAsync("""{"title": "second"}""");
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        await Gateway.CreateSessionAsync();

        await viewer.AppendMessageAsync(first, "user", "hello again");

        var (_, list) = await viewer.GetJsonAsync("/api/v2/ai/sessions");
        list!["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).Should().Equal(first, second);
        list["total"]!.GetValue<int>().Should().Be(2);
        list["items"]![0]!["updatedAt"]!.GetValue<string>().Should().Be("2025-06-12T06:02:00Z");
    }

    [Test]
    public async Task Another_users_session_is_404_for_a_viewer_but_an_admin_reaches_it()
    {
        var id = await _factory.ClientAs(Role.Operator).CreateSessionAsync();
        var viewer = _factory.ClientAs(Role.Viewer);

        foreach (var (method, path, json) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Get, $"/api/v2/ai/sessions/{id}", null),
            (HttpMethod.Get, $"/api/v2/ai/sessions/{id}/messages", null),
            (HttpMethod.Post, $"/api/v2/ai/sessions/{id}/messages", """{"role": "user", "content": "hi"}"""),
            (HttpMethod.Get, $"/api/v2/ai/sessions/{id}/tool-calls", null),
            (HttpMethod.Post, $"/api/v2/ai/sessions/{id}/tool-calls", """{"toolCallId": "c1", "toolName": "query"}"""),
            (HttpMethod.Delete, $"/api/v2/ai/sessions/{id}", null),
        })
        {
            var (status, body) = await viewer.SendAsync(method, path, json);
            status.Should().Be(HttpStatusCode.NotFound, "{0} {1}", method, path);
            body!["error"]!["message"]!.GetValue<string>().Should().Be($"There is no AI session '{id}'.");
        }

        (await Gateway.GetJsonAsync($"/api/v2/ai/sessions/{id}")).Status.Should().Be(HttpStatusCode.OK);
        (await Gateway.GetJsonAsync($"/api/v2/ai/sessions/{id}/messages")).Status.Should().Be(HttpStatusCode.OK);
        (await Gateway.GetJsonAsync("/api/v2/ai/sessions")).Body!["total"]!.GetValue<int>().Should().Be(0, "an admin lists only their own");
    }

    [Test]
    public async Task An_unknown_session_is_404()
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/ai/sessions/no-such-session");

        status.Should().Be(HttpStatusCode.NotFound);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("not_found");
    }

    [Test]
    public async Task Delete_removes_the_session_with_its_messages_and_tool_calls()
    {
        var viewer = _factory.ClientAs(Role.Viewer);
        var id = await viewer.CreateSessionAsync();
        var message = await viewer.AppendMessageAsync(id, "assistant", "calling a tool");
        await viewer.RecordToolCallAsync(id, $$"""{"toolCallId": "c1", "toolName": "query", "messageId": {{message["id"]}}}""");

        var (status, _) = await viewer.SendAsync(HttpMethod.Delete, $"/api/v2/ai/sessions/{id}");

        status.Should().Be(HttpStatusCode.NoContent);
        (await viewer.GetJsonAsync($"/api/v2/ai/sessions/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await viewer.SendAsync(HttpMethod.Delete, $"/api/v2/ai/sessions/{id}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await _factory.Services.GetRequiredService<IAiSessionRepository>().ListMessagesAsync(id)).Should().BeEmpty();
        (await _factory.Services.GetRequiredService<IAiToolCallRepository>().ListAsync(id)).Should().BeEmpty();
    }

    [Test]
    public async Task An_admin_may_delete_another_users_session()
    {
        var id = await _factory.ClientAs(Role.Viewer).CreateSessionAsync();

        var (status, _) = await Gateway.SendAsync(HttpMethod.Delete, $"/api/v2/ai/sessions/{id}");

        status.Should().Be(HttpStatusCode.NoContent);
    }
}
