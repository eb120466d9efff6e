using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;

namespace Master.Gateway.Tests.Accounts;

/// <summary>Login, logout, session expiry and disabled users over real sockets.</summary>
public sealed class LoginTests
{
    private GatewayFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Login_answers_a_token_its_expiry_and_the_user()
    {
        var (status, body, response) = await _factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
            $$"""{"username": "{{GatewayFactory.AdminUsername}}", "password": "{{GatewayFactory.AdminPassword}}"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.OK);
        body!["token"]!.GetValue<string>().Should().StartWith("mst_s_");
        body["expiresAt"]!.GetValue<DateTimeOffset>().Should().Be(GatewayFactory.Start + TimeSpan.FromHours(24));
        body["user"]!["username"]!.GetValue<string>().Should().Be("admin");
        body["user"]!["role"]!.GetValue<string>().Should().Be("admin");
        body["user"]!.PropertyNames().Should().BeEquivalentTo("id", "username", "displayName", "email", "role");
    }

    [TestCase("admin", "not-the-password-at-all")]
    [TestCase("nobody-of-that-name", "gateway-tests-admin-password")]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401(string username, string password)
    {
        var (status, body, response) = await _factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
            $$"""{"username": "{{username}}", "password": "{{password}}"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.Unauthorized);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("invalid_credentials");
        body["error"]!["message"]!.GetValue<string>().Should().Be("The username or the password is wrong.");
    }

    [Test]
    public async Task A_login_body_without_the_members_is_a_422_naming_them()
    {
        var (status, body, response) = await _factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login", """{"user": "admin"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]!.PropertyNames().Should().BeEquivalentTo("username", "password", "user");
    }

    [Test]
    public async Task Me_answers_the_caller_and_logout_revokes_its_token()
    {
        var token = await _factory.LoginAsync(GatewayFactory.AdminUsername, GatewayFactory.AdminPassword);

        var (meStatus, me) = await WithToken(token).GetJsonAsync("/api/v2/auth/me");
        meStatus.Should().Be(HttpStatusCode.OK);
        me!["username"]!.GetValue<string>().Should().Be("admin");
        me["status"]!.GetValue<string>().Should().Be("active");

        using (var logout = await WithToken(token).PostAsync("/api/v2/auth/logout", null))
        {
            logout.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        var (afterStatus, after) = await WithToken(token).GetJsonAsync("/api/v2/auth/me");
        afterStatus.Should().Be(HttpStatusCode.Unauthorized);
        after!["error"]!["message"]!.GetValue<string>().Should().Contain("revoked");
    }

    [Test]
    public async Task A_session_ends_when_its_time_to_live_has_passed()
    {
        var token = await _factory.LoginAsync(GatewayFactory.AdminUsername, GatewayFactory.AdminPassword);

        _factory.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        (await WithToken(token).GetJsonAsync("/api/v2/auth/me")).Status.Should().Be(HttpStatusCode.OK);
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var (status, body) = await WithToken(token).GetJsonAsync("/api/v2/auth/me");

        status.Should().Be(HttpStatusCode.Unauthorized);
        body!["error"]!["message"]!.GetValue<string>().Should().Be("The bearer token has expired; sign in again.");
    }

    [Test]
    public async Task A_disabled_user_cannot_log_in_and_its_tokens_stop_working()
    {
        var viewer = _factory.ClientAs(Role.Viewer);
        var (_, me) = await viewer.GetJsonAsync("/api/v2/auth/me");
        var id = me!["id"]!.GetValue<long>();

        var (disabled, _, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Patch, $"/api/v2/users/{id}", """{"status": "disabled"}""");
        response.Dispose();
        disabled.Should().Be(HttpStatusCode.OK);

        (await viewer.GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.Unauthorized);
        var (status, body, login) = await _factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
            $$"""{"username": "viewer-user", "password": "{{GatewayFactory.UserPassword}}"}""");
        login.Dispose();
        status.Should().Be(HttpStatusCode.Unauthorized);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("account_disabled");
    }

    [Test]
    public async Task A_token_of_another_scheme_or_shape_is_refused_with_a_reason()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/clusters");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "YWRtaW46YWRtaW4=");
        using var response = await _factory.Anonymous.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>();

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Contain("invalid_token");
        body!["error"]!["message"]!.GetValue<string>().Should().Contain("malformed");
    }

    [Test]
    public async Task No_token_is_a_401_that_says_how_to_sign_in()
    {
        var (status, body) = await _factory.Anonymous.GetJsonAsync("/api/v2/clusters");

        status.Should().Be(HttpStatusCode.Unauthorized);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("unauthenticated");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("/api/v2/auth/login");
    }

    [Test]
    public async Task A_role_too_low_is_a_403_naming_the_role_needed()
    {
        var (status, body) = await _factory.ClientAs(Role.Operator).GetJsonAsync("/api/v2/users");

        status.Should().Be(HttpStatusCode.Forbidden);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("forbidden");
        body["error"]!["message"]!.GetValue<string>().Should().Be("This needs the admin role; you are operator.");
    }

    private HttpClient WithToken(string token) => _factory.ClientWith(token);
}
