using System.Net;
using Master.Database.Accounts;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Testing.Waiting;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Accounts;

/// <summary>The API key lifecycle of <c>/api/v2/tokens</c>: create, use, list, revoke.</summary>
public sealed class ApiKeyTests
{
    private GatewayFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory(new Dictionary<string, string>
    {
        ["Master:Security:TokenUsageFlushInterval"] = "00:00:01",
    });

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task A_key_is_shown_once_works_like_its_user_and_stops_when_revoked()
    {
        var viewer = _factory.ClientAs(Role.Viewer);
        var (status, created, response) = await viewer.SendJsonAsync(HttpMethod.Post, "/api/v2/tokens",
            """{"name": "ci-deploy", "expiresAt": "2030-01-01T00:00:00Z"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.Created);
        created.PropertyNames().Should().BeEquivalentTo("id", "name", "token", "expiresAt", "createdAt");
        var token = created!["token"]!.GetValue<string>();
        token.Should().StartWith("mst_k_");
        var key = _factory.ClientWith(token);
        var (meStatus, me) = await key.GetJsonAsync("/api/v2/auth/me");
        meStatus.Should().Be(HttpStatusCode.OK);
        me!["username"]!.GetValue<string>().Should().Be("viewer-user");
        (await key.GetJsonAsync("/api/v2/users")).Status.Should().Be(HttpStatusCode.Forbidden, "a key has its user's role, no more");

        var (_, list) = await viewer.GetJsonAsync("/api/v2/tokens");
        var listed = list!["items"]!.AsArray().Single()!;
        listed["name"]!.GetValue<string>().Should().Be("ci-deploy");
        listed.PropertyNames().Should().NotContain("token");

        using (var revoke = await viewer.DeleteAsync($"/api/v2/tokens/{created["id"]}"))
        {
            revoke.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        (await key.GetJsonAsync("/api/v2/auth/me")).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_last_use_of_a_key_is_recorded()
    {
        var viewer = _factory.ClientAs(Role.Viewer);
        var (_, created, response) = await viewer.SendJsonAsync(HttpMethod.Post, "/api/v2/tokens", """{"name": "script"}""");
        response.Dispose();
        _factory.Time.Advance(TimeSpan.FromMinutes(3));

        (await _factory.ClientWith(created!["token"]!.GetValue<string>()).GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.OK);

        var tokens = _factory.Services.GetRequiredService<ITokenRepository>();
        var id = created["id"]!.GetValue<long>();
        var key = await Eventually.ValueAsync(async () =>
        {
            _factory.Time.Advance(TimeSpan.FromSeconds(1)); // The flush runs on the host's clock.
            return await tokens.GetAsync(id) is { LastUsedAt: not null } used ? used : null;
        });
        key!.LastUsedAt.Should().Be(GatewayFactory.Start + TimeSpan.FromMinutes(3));
    }

    [Test]
    public async Task Nobody_but_its_owner_or_an_admin_revokes_a_key()
    {
        var (_, created, response) = await _factory.ClientAs(Role.Viewer).SendJsonAsync(HttpMethod.Post, "/api/v2/tokens", """{"name": "mine"}""");
        response.Dispose();
        var path = $"/api/v2/tokens/{created!["id"]}";

        using (var byOperator = await _factory.ClientAs(Role.Operator).DeleteAsync(path))
        {
            byOperator.StatusCode.Should().Be(HttpStatusCode.NotFound, "another user's key answers as missing");
        }

        using var byAdmin = await _factory.Gateway.DeleteAsync(path);
        byAdmin.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task A_key_needs_a_name_and_a_future_expiry()
    {
        var (status, body, response) = await _factory.ClientAs(Role.Viewer).SendJsonAsync(HttpMethod.Post, "/api/v2/tokens",
            """{"expiresAt": "2020-01-01T00:00:00Z"}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"].ShouldEqualJson("""{"name": "required", "expiresAt": "expected a time in the future"}""");
    }

    [Test]
    public async Task An_expired_key_is_refused_as_expired()
    {
        var (_, created, response) = await _factory.ClientAs(Role.Viewer).SendJsonAsync(HttpMethod.Post, "/api/v2/tokens",
            """{"name": "short", "expiresAt": "2025-06-12T07:00:00Z"}""");
        response.Dispose();
        _factory.Time.Advance(TimeSpan.FromHours(1));

        var (status, body) = await _factory.ClientWith(created!["token"]!.GetValue<string>()).GetJsonAsync("/api/v2/clusters");

        status.Should().Be(HttpStatusCode.Unauthorized);
        body!["error"]!["message"]!.GetValue<string>().Should().Contain("expired");
    }
}
