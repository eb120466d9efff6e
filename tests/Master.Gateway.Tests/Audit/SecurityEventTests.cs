using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Audit;

/// <summary>Bad tokens, denials and failed logins become security events that admins list and resolve.</summary>
public sealed class SecurityEventTests
{
    private GatewayFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task An_unknown_token_an_expired_one_a_denial_and_a_failed_login_are_recorded()
    {
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/clusters"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", UnknownToken.New());
            using var response = await _factory.Anonymous.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var session = await _factory.LoginAsync(GatewayFactory.AdminUsername, GatewayFactory.AdminPassword);
        _factory.Time.Advance(TimeSpan.FromDays(2));
        (await _factory.ClientWith(session).GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await _factory.ClientAs(Role.Viewer).GetJsonAsync("/api/v2/audit-logs")).Status.Should().Be(HttpStatusCode.Forbidden);
        var (_, _, login) = await _factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
            """{"username": "admin", "password": "not-the-right-one"}""");
        login.Dispose();

        var invalid = await EventAsync("type=invalid_token");
        var expired = await EventAsync("type=expired_token");
        var denied = await EventAsync("type=permission_denied");
        var failed = await EventAsync("type=login_failed");

        invalid["severity"]!.GetValue<string>().Should().Be("warning");
        invalid["remoteAddress"]!.GetValue<string>().Should().Be("127.0.0.1");
        invalid["detail"]!["path"]!.GetValue<string>().Should().Be("/api/v2/clusters");
        expired["detail"]!["reason"]!.GetValue<string>().Should().Be("Expired");
        denied["username"]!.GetValue<string>().Should().Be("viewer-user");
        denied["detail"]!["required"]!.GetValue<string>().Should().Be("admin");
        failed["username"]!.GetValue<string>().Should().Be("admin");
        failed["resolved"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task An_admin_resolves_an_event_once_and_the_filter_follows()
    {
        (await _factory.ClientAs(Role.Viewer).GetJsonAsync("/api/v2/users")).Status.Should().Be(HttpStatusCode.Forbidden);
        var denied = await EventAsync("type=permission_denied");

        var (status, resolved, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Post, $"/api/v2/security-events/{denied["id"]}/resolve");
        response.Dispose();
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var (_, again, second) = await _factory.Gateway.SendJsonAsync(HttpMethod.Post, $"/api/v2/security-events/{denied["id"]}/resolve");
        second.Dispose();

        status.Should().Be(HttpStatusCode.OK);
        resolved!["resolved"]!.GetValue<bool>().Should().BeTrue();
        resolved["resolvedBy"]!.GetValue<string>().Should().Be("admin");
        again!["resolvedAt"]!.GetValue<DateTimeOffset>().Should().Be(resolved["resolvedAt"]!.GetValue<DateTimeOffset>());
        var (_, open) = await _factory.Gateway.GetJsonAsync("/api/v2/security-events?type=permission_denied&resolved=false");
        open!["items"]!.AsArray().Should().BeEmpty();
        var (missing, _, third) = await _factory.Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/security-events/424242/resolve");
        third.Dispose();
        missing.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Repeats_of_one_event_within_a_minute_are_written_once()
    {
        for (var i = 0; i < 5; i++)
        {
            (await _factory.ClientAs(Role.Viewer).GetJsonAsync("/api/v2/users")).Status.Should().Be(HttpStatusCode.Forbidden);
        }

        await EventAsync("type=permission_denied");
        await EntriesAsync("action=ListUsers", 5);
        var (_, events) = await _factory.Gateway.GetJsonAsync("/api/v2/security-events?type=permission_denied");

        events!["items"]!.AsArray().Should().HaveCount(1, "the audit log has all five requests; the security events fold repeats");
    }

    [Test]
    public async Task An_agent_refused_for_its_token_is_a_security_event()
    {
        await using var factory = new GatewayFactory(new Dictionary<string, string>
        {
            ["MASTER_AGENT_AUTH"] = "token",
            ["MASTER_AGENT_TOKENS"] = "prod-eu=0123456789abcdef0123",
        });

        var heartbeat = () => factory.Agent.HeartbeatAsync("prod-eu");

        (await heartbeat.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var recorded = (await Eventually.ValueAsync(async () =>
            (await factory.Gateway.GetJsonAsync("/api/v2/security-events?type=agent_auth_failed")).Body!["items"]!.AsArray().FirstOrDefault()))!;
        recorded["severity"]!.GetValue<string>().Should().Be("warning");
        recorded["detail"]!["clusterId"]!.GetValue<string>().Should().Be("prod-eu");
        recorded["detail"]!["path"]!.GetValue<string>().Should().Be("/agent/heartbeat");
    }

    [Test]
    public async Task A_bad_severity_filter_is_a_422()
    {
        var (status, body) = await _factory.Gateway.GetJsonAsync("/api/v2/security-events?severity=huge");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]!["severity"]!.GetValue<string>().Should().Be("expected one of info, warning, critical");
    }

    private async Task<JsonNode> EventAsync(string filter) =>
        (await Eventually.ValueAsync(async () =>
            (await _factory.Gateway.GetJsonAsync("/api/v2/security-events?" + filter)).Body!["items"]!.AsArray().FirstOrDefault()))!;

    private Task EntriesAsync(string filter, int count) =>
        Eventually.TrueAsync(async () =>
            (await _factory.Gateway.GetJsonAsync("/api/v2/audit-logs?" + filter)).Body!["items"]!.AsArray().Count == count);
}
