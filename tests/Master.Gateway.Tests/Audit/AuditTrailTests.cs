using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Audit;

/// <summary>Every change and every refusal lands in <c>/api/v2/audit-logs</c>, with secrets masked.</summary>
public sealed class AuditTrailTests
{
    private GatewayFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task A_change_is_audited_with_who_what_where_and_how_it_ended()
    {
        var (status, _, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/users",
            """{"username": "ana", "password": "ana-long-password", "role": "viewer"}""");
        response.Dispose();
        status.Should().Be(HttpStatusCode.Created);

        var entry = await EntryAsync("action=CreateUser");

        entry["username"]!.GetValue<string>().Should().Be("admin");
        entry["role"]!.GetValue<string>().Should().Be("admin");
        entry["source"]!.GetValue<string>().Should().Be("web");
        entry["method"]!.GetValue<string>().Should().Be("POST");
        entry["path"]!.GetValue<string>().Should().Be("/api/v2/users");
        entry["resourceType"]!.GetValue<string>().Should().Be("users");
        entry["statusCode"]!.GetValue<int>().Should().Be(201);
        entry["success"]!.GetValue<bool>().Should().BeTrue();
        entry["remoteAddress"]!.GetValue<string>().Should().Be("127.0.0.1");
        entry["detail"]!["body"].ShouldEqualJson("""{"username": "ana", "password": "***", "role": "viewer"}""");
    }

    [Test]
    public async Task Secrets_in_bodies_and_query_strings_are_masked()
    {
        var (_, _, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Patch, "/api/v2/clusters/nope?access_token=abc&x=1",
            """{"name": "n", "labels": {"apiKey": "k1", "slackWebhookUrl": "https://hooks.example/T0/B0/secret"}, "clientSecret": "s", "nested": [{"token": "t"}]}""");
        response.Dispose();

        var entry = await EntryAsync("action=UpdateCluster");

        entry["detail"]!["query"].ShouldEqualJson("""{"access_token": "***", "x": "1"}""");
        entry["detail"]!["body"].ShouldEqualJson(
            """{"name": "n", "labels": {"apiKey": "***", "slackWebhookUrl": "***"}, "clientSecret": "***", "nested": [{"token": "***"}]}""");
        entry["resourceId"]!.GetValue<string>().Should().Be("nope");
        entry["success"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task The_whole_value_of_a_setting_named_like_a_secret_is_masked()
    {
        var (status, _, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Put, "/api/v2/settings/slack.webhook_url",
            "\"https://hooks.example.com/services/T0/B0/secret\"");
        response.Dispose();
        status.Should().Be(HttpStatusCode.OK);

        var entry = await EntryAsync("action=PutSetting");

        entry["detail"]!["body"]!.GetValue<string>().Should().Be("***");
    }

    [Test]
    public async Task A_login_is_audited_under_the_user_it_was_for_without_the_password()
    {
        var (status, _, response) = await _factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
            """{"username": "admin", "password": "a-wrong-password"}""");
        response.Dispose();
        status.Should().Be(HttpStatusCode.Unauthorized);

        var entry = await EntryAsync("action=Login&user=admin&success=false");

        entry["statusCode"]!.GetValue<int>().Should().Be(401);
        entry["detail"]!["body"].ShouldEqualJson("""{"username": "admin", "password": "***"}""");
    }

    [Test]
    public async Task Refusals_are_audited_even_for_reads()
    {
        (await _factory.Anonymous.GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await _factory.ClientAs(Role.Viewer).GetJsonAsync("/api/v2/users")).Status.Should().Be(HttpStatusCode.Forbidden);

        var anonymous = await EntryAsync("action=ListClusters");
        var denied = await EntryAsync("action=ListUsers&user=viewer-user");

        anonymous["statusCode"]!.GetValue<int>().Should().Be(401);
        anonymous["username"]!.GetValue<string>().Should().BeEmpty();
        denied["statusCode"]!.GetValue<int>().Should().Be(403);
        denied["role"]!.GetValue<string>().Should().Be("viewer");
    }

    [Test]
    public async Task A_successful_read_is_not_audited()
    {
        (await _factory.Gateway.GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.OK);
        var (_, _, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/tokens", """{"name": "marker"}""");
        response.Dispose();

        await EntryAsync("action=CreateApiKey");
        var (_, page) = await _factory.Gateway.GetJsonAsync("/api/v2/audit-logs?action=ListClusters");

        page!["items"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task The_audit_log_pages_newest_first_without_skipping_or_repeating()
    {
        for (var i = 0; i < 5; i++)
        {
            var (_, _, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/tokens", $$"""{"name": "key-{{i}}"}""");
            response.Dispose();
            _factory.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await Eventually.TrueAsync(async () =>
            (await _factory.Gateway.GetJsonAsync("/api/v2/audit-logs?action=CreateApiKey&limit=1000")).Body!["items"]!.AsArray().Count == 5);
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var (_, page) = await _factory.Gateway.GetJsonAsync("/api/v2/audit-logs?action=CreateApiKey&limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            names.AddRange(page!["items"]!.AsArray().Select(item => item!["detail"]!["body"]!["name"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        names.Should().Equal("key-4", "key-3", "key-2", "key-1", "key-0");
    }

    [TestCase("success=maybe", "success")]
    [TestCase("since=yesterday", "since")]
    [TestCase("limit=0", "limit")]
    [TestCase("cursor=bogus", "cursor")]
    [TestCase("since=2025-06-12T06:00:00Z&until=2025-06-12T05:00:00Z", "until")]
    public async Task A_bad_filter_is_a_422_naming_it(string query, string parameter)
    {
        var (status, body) = await _factory.Gateway.GetJsonAsync("/api/v2/audit-logs?" + query);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]!.PropertyNames().Should().Equal(parameter);
    }

    private async Task<JsonNode> EntryAsync(string filter) =>
        (await Eventually.ValueAsync(async () =>
            (await _factory.Gateway.GetJsonAsync("/api/v2/audit-logs?" + filter)).Body!["items"]!.AsArray().FirstOrDefault()))!;
}
