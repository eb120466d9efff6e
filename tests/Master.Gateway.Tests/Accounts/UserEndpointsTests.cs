using System.Net;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;

namespace Master.Gateway.Tests.Accounts;

/// <summary>The administrators' <c>/api/v2/users</c> over real sockets.</summary>
public sealed class UserEndpointsTests
{
    private GatewayFactory _factory = null!;

    private HttpClient Admin => _factory.Gateway;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task A_created_user_is_listed_read_and_can_log_in()
    {
        var (status, body, response) = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v2/users",
            """{"username": "ana", "password": "ana-long-password", "displayName": "Ana", "email": "ana@example.com", "role": "operator"}""");

        status.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/v2/users/{body!["id"]}");
        response.Dispose();
        body.PropertyNames().Should().BeEquivalentTo(
            "id", "username", "displayName", "email", "role", "status", "lastLoginAt", "createdAt", "updatedAt");
        body["status"]!.GetValue<string>().Should().Be("active");
        var (_, list) = await Admin.GetJsonAsync("/api/v2/users");
        list!["items"]!.AsArray().Select(user => user!["username"]!.GetValue<string>()).Should().Equal("admin", "ana");
        (await Admin.GetJsonAsync($"/api/v2/users/{body["id"]}")).Body!["email"]!.GetValue<string>().Should().Be("ana@example.com");
        (await _factory.LoginAsync("ana", "ana-long-password")).Should().StartWith("mst_s_");
    }

    [Test]
    public async Task Every_problem_of_a_new_user_is_named_at_once()
    {
        var (status, body, response) = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v2/users",
            """{"username": "-bad name", "password": "short", "role": "root", "email": "nope", "colour": "red"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        var fields = body!["error"]!["fields"]!;
        fields.PropertyNames().Should().BeEquivalentTo("username", "password", "role", "email", "colour");
        fields["password"]!.GetValue<string>().Should().Contain("at least 12 characters");
        fields["role"]!.GetValue<string>().Should().Be("expected one of viewer, operator, admin");
    }

    [Test]
    public async Task Text_that_is_not_valid_unicode_is_a_400_saying_where()
    {
        var (status, body, response) = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v2/users",
            """{"username": "ana", "password": "ana-long-password", "role": "viewer", "displayName": "\ud800"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["message"]!.GetValue<string>().Should().Be("The body holds text that is not valid Unicode at $.displayName.");
    }

    [Test]
    public async Task A_taken_username_is_a_409()
    {
        var (status, _, response) = await Admin.SendJsonAsync(HttpMethod.Post, "/api/v2/users",
            """{"username": "admin", "password": "another-long-password", "role": "viewer"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Role_status_display_name_and_password_change_and_a_new_password_ends_sessions()
    {
        var viewer = _factory.ClientAs(Role.Viewer);
        var id = (await viewer.GetJsonAsync("/api/v2/auth/me")).Body!["id"]!.GetValue<long>();

        var (status, body, response) = await Admin.SendJsonAsync(HttpMethod.Patch, $"/api/v2/users/{id}",
            """{"role": "operator", "displayName": "Vic", "password": "a-brand-new-password"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.OK);
        body!["role"]!.GetValue<string>().Should().Be("operator");
        body["displayName"]!.GetValue<string>().Should().Be("Vic");
        (await viewer.GetJsonAsync("/api/v2/auth/me")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await _factory.LoginAsync("viewer-user", "a-brand-new-password")).Should().StartWith("mst_s_");
    }

    [Test]
    public async Task The_last_active_admin_cannot_be_demoted_or_disabled()
    {
        var adminId = (await Admin.GetJsonAsync("/api/v2/auth/me")).Body!["id"]!.GetValue<long>();

        foreach (var change in new[] { """{"role": "viewer"}""", """{"status": "disabled"}""" })
        {
            var (status, body, response) = await Admin.SendJsonAsync(HttpMethod.Patch, $"/api/v2/users/{adminId}", change);
            response.Dispose();
            status.Should().Be(HttpStatusCode.Conflict, change);
            body!["error"]!["message"]!.GetValue<string>().Should().Contain("without an active administrator");
        }
    }

    [Test]
    public async Task An_admin_deletes_another_user_but_never_themselves()
    {
        var viewerId = (await _factory.ClientAs(Role.Viewer).GetJsonAsync("/api/v2/auth/me")).Body!["id"]!.GetValue<long>();
        var adminId = (await Admin.GetJsonAsync("/api/v2/auth/me")).Body!["id"]!.GetValue<long>();

        var (own, ownBody, ownResponse) = await Admin.SendJsonAsync(HttpMethod.Delete, $"/api/v2/users/{adminId}");
        ownResponse.Dispose();
        var (other, _, otherResponse) = await Admin.SendJsonAsync(HttpMethod.Delete, $"/api/v2/users/{viewerId}");
        otherResponse.Dispose();

        own.Should().Be(HttpStatusCode.Conflict);
        ownBody!["error"]!["message"]!.GetValue<string>().Should().Be("You cannot delete your own account.");
        other.Should().Be(HttpStatusCode.NoContent);
        (await Admin.GetJsonAsync($"/api/v2/users/{viewerId}")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}
