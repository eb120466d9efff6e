using System.Net;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Audit;

/// <summary>Brute force on the login and floods on the API get <c>429 rate_limited</c> with <c>Retry-After</c>.</summary>
public sealed class RateLimitTests
{
    [Test]
    public async Task Guessing_one_users_password_is_stopped_after_the_per_user_limit()
    {
        await using var factory = new GatewayFactory(new Dictionary<string, string> { ["Master:Gateway:LoginAttemptsPerUser"] = "4" });
        await factory.TokenForAsync(Role.Admin); // The fourth attempt; the admin reads the security events below with it.

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var (status, _, response) = await factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
                $$"""{"username": "admin", "password": "guess-number-{{i}}"}""");
            statuses.Add(status);
            if (status == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter!.Delta!.Value.Should().BePositive();
            }

            response.Dispose();
        }

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        var (_, refused, last) = await factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
            $$"""{"username": "admin", "password": "{{GatewayFactory.AdminPassword}}"}""");
        last.Dispose();
        refused!["error"]!["code"]!.GetValue<string>().Should().Be("rate_limited", "even the right password waits out the window");
        await Eventually.TrueAsync(async () =>
            (await factory.Gateway.GetJsonAsync("/api/v2/security-events?type=rate_limited")).Body!["items"]!.AsArray().Count == 1);
    }

    [Test]
    public async Task One_address_trying_many_users_is_stopped_after_the_per_address_limit()
    {
        await using var factory = new GatewayFactory(new Dictionary<string, string> { ["Master:Gateway:LoginAttemptsPerAddress"] = "4" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var (status, _, response) = await factory.Anonymous.SendJsonAsync(HttpMethod.Post, "/api/v2/auth/login",
                $$"""{"username": "user-{{i}}", "password": "some-long-password"}""");
            statuses.Add(status);
            response.Dispose();
        }

        statuses[^1].Should().Be(HttpStatusCode.TooManyRequests);
        statuses[..^1].Should().OnlyContain(status => status == HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_that_floods_the_api_is_limited_and_others_are_not()
    {
        await using var factory = new GatewayFactory(new Dictionary<string, string>
        {
            ["Master:Gateway:RequestBurst"] = "5",
            ["Master:Gateway:RequestsPerSecond"] = "1",
        });
        var viewer = factory.ClientAs(Role.Viewer);
        await factory.TokenForAsync(Role.Viewer);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await viewer.GetJsonAsync("/api/v2/clusters")).Status);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        statuses.Take(5).Should().OnlyContain(status => status == HttpStatusCode.OK);
        (await factory.ClientAs(Role.Operator).GetJsonAsync("/api/v2/clusters")).Status.Should().Be(HttpStatusCode.OK);
        (await factory.Anonymous.GetJsonAsync("/healthz")).Status.Should().Be(HttpStatusCode.OK, "open routes are not limited per token");
    }
}
