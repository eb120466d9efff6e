using System.Net;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;

namespace Master.Gateway.Tests.Ai;

/// <summary><c>/api/v2/ai/sessions/{id}/messages</c> over real sockets: appending and listing a conversation.</summary>
public sealed class AiMessageEndpointsTests
{
    private GatewayFactory _factory = null!;
    private string _session = null!;

    // The factory owns the clients it hands out and disposes them with itself.
    private HttpClient Viewer => _factory.ClientAs(Role.Viewer);

    [SetUp]
    public async Task SetUp()
    {
        _factory = new GatewayFactory();
        _session = await Viewer.CreateSessionAsync("""{"title": "pods"}""");
    }

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Messages_are_numbered_from_1_and_listed_in_order()
    {
        var first = await Viewer.AppendMessageAsync(_session, "user", "Which pods restarted?");
        var second = await Viewer.AppendMessageAsync(_session, "assistant", "Let me look.\n\n\tChecking.");
        var third = await Viewer.AppendMessageAsync(_session, "tool", "");

        first.PropertyNames().Should().BeEquivalentTo("id", "seq", "role", "content", "createdAt");
        new[] { first, second, third }.Select(message => message["seq"]!.GetValue<int>()).Should().Equal(1, 2, 3);
        var (status, list) = await Viewer.GetJsonAsync($"/api/v2/ai/sessions/{_session}/messages");
        status.Should().Be(HttpStatusCode.OK);
        list.ShouldEqualJson($$"""
            {"items": [{{first.ToJsonString()}}, {{second.ToJsonString()}}, {{third.ToJsonString()}}], "total": 3, "nextCursor": null}
            """);
        list!["items"]![1]!["content"]!.GetValue<string>().Should().Be("Let me look.\n\n\tChecking.");
    }

    [Test]
    public async Task A_bad_role_and_missing_content_are_422_naming_both_fields()
    {
        var (status, body) = await Viewer.SendAsync(HttpMethod.Post, $"/api/v2/ai/sessions/{_session}/messages", """{"role": "robot"}""");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("validation_failed");
        body["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("role", "content");
        body["error"]!["fields"]!["role"]!.GetValue<string>().Should().Be("expected one of user, assistant, system, tool");
        body["error"]!["fields"]!["content"]!.GetValue<string>().Should().Be("required");
    }

    [TestCase("""{"role": 1, "content": "x"}""", "role")]
    [TestCase("""{"role": "user", "content": 7}""", "content")]
    [TestCase("""{"role": "user", "content": "nul \u0000 inside"}""", "content")]
    [TestCase("""{"role": "user", "content": "x", "name": "ana"}""", "name")]
    [TestCase("""["user", "x"]""", "body")]
    public async Task An_invalid_message_is_422_naming_the_field(string json, string field)
    {
        var (status, body) = await Viewer.SendAsync(HttpMethod.Post, $"/api/v2/ai/sessions/{_session}/messages", json);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"].PropertyNames().Should().BeEquivalentTo(field);
    }

    [Test]
    public async Task Content_may_take_1_MiB_but_not_more()
    {
        var path = $"/api/v2/ai/sessions/{_session}/messages";

        static string Message(int length) => $$"""{"role": "user", "content": "{{new string('x', length)}}"}""";

        var (fits, _) = await Viewer.SendAsync(HttpMethod.Post, path, Message(1024 * 1024));
        var (over, _) = await Viewer.SendAsync(HttpMethod.Post, path, Message((1024 * 1024) + 1));

        fits.Should().Be(HttpStatusCode.Created);
        over.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Malformed_json_is_400()
    {
        var (status, body) = await Viewer.SendAsync(HttpMethod.Post, $"/api/v2/ai/sessions/{_session}/messages", "{\"role\": \"user\",");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("bad_request");
    }

    [Test]
    public async Task A_message_to_an_unknown_session_is_404()
    {
        var (status, _) = await Viewer.SendAsync(
            HttpMethod.Post, "/api/v2/ai/sessions/no-such-session/messages", """{"role": "user", "content": "hi"}""");

        status.Should().Be(HttpStatusCode.NotFound);
    }
}
