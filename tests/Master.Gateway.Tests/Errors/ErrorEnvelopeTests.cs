using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Errors;

/// <summary>Every 4xx and 5xx is <c>{"error":{"code","message",...}}</c> saying what was wrong and where; never a trace or HTML.</summary>
public sealed class ErrorEnvelopeTests
{
    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public async Task OneTimeSetUp()
    {
        _factory = new GatewayFactory();
        await _factory.Agent.HeartbeatAsync("fresh");
    }

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [TearDown]
    public void TearDown() => _factory.Faults.FailListingAgents = false;

    [TestCase("/api/v2/clusters/nope")]
    [TestCase("/api/v2/clusters/nope/status")]
    [TestCase("/api/v2/clusters/nope/snapshot")]
    public async Task Unknown_cluster_is_404_not_found_naming_the_cluster(string path)
    {
        var error = await ErrorAsync(HttpMethod.Get, path, HttpStatusCode.NotFound);

        error.ShouldEqualJson("""{"code": "not_found", "message": "There is no cluster 'nope' (looked up by id and by name)."}""");
    }

    [Test]
    public async Task Snapshot_of_a_cluster_that_sent_none_yet_is_404_saying_so()
    {
        var error = await ErrorAsync(HttpMethod.Get, "/api/v2/clusters/fresh/snapshot", HttpStatusCode.NotFound);

        error.ShouldEqualJson("""{"code": "not_found", "message": "Cluster 'fresh' has not sent a snapshot yet."}""");
    }

    [TestCase("limit=abc", "limit", "abc", "an integer from 1 to 1000")]
    [TestCase("limit=0", "limit", "0", "an integer from 1 to 1000")]
    [TestCase("limit=1001", "limit", "1001", "an integer from 1 to 1000")]
    [TestCase("limit=-5", "limit", "-5", "an integer from 1 to 1000")]
    [TestCase("limit=2.5", "limit", "2.5", "an integer from 1 to 1000")]
    [TestCase("status=up", "status", "up", "online or offline")]
    [TestCase("status=Online", "status", "Online", "online or offline")]
    [TestCase("labels=env", "labels", "env", "comma-separated key=value pairs with a non-empty key, at most 64")]
    [TestCase("labels=%3Dprod", "labels", "=prod", "comma-separated key=value pairs with a non-empty key, at most 64")]
    public async Task Bad_query_parameter_is_422_naming_the_parameter_its_value_and_the_expectation(
        string query, string parameter, string value, string expected)
    {
        var error = await ErrorAsync(HttpMethod.Get, "/api/v2/clusters?" + query, HttpStatusCode.UnprocessableEntity);

        error.ShouldEqualJson(new JsonObject
        {
            ["code"] = "validation_failed",
            ["message"] = $"Query parameter '{parameter}' is '{value}'; expected {expected}.",
            ["fields"] = new JsonObject { [parameter] = $"expected {expected}" },
        }.ToJsonString());
    }

    [TestCase("not-a-cursor!")]
    [TestCase("eA")]
    [TestCase("MjpjMQ")]
    public async Task Bad_cursor_is_422_naming_the_cursor(string cursor)
    {
        var error = await ErrorAsync(HttpMethod.Get, "/api/v2/clusters?cursor=" + cursor, HttpStatusCode.UnprocessableEntity);

        error!["code"]!.GetValue<string>().Should().Be("validation_failed");
        error["message"]!.GetValue<string>().Should().Be(
            $"Query parameter 'cursor' is '{cursor}'; expected the nextCursor of an earlier page of this list.");
        error["fields"]!.PropertyNames().Should().Equal("cursor");
    }

    [TestCase("GET", "/api/v2/nope")]
    [TestCase("GET", "/api/v3/clusters")]
    [TestCase("GET", "/api/v2/clusters/c1/pods")]
    [TestCase("GET", "/agent/commands")]
    [TestCase("POST", "/agent/snapshot")]
    public async Task Unknown_route_is_404_naming_method_and_path(string method, string path)
    {
        var error = await ErrorAsync(new HttpMethod(method), path, HttpStatusCode.NotFound);

        error.ShouldEqualJson(new JsonObject { ["code"] = "not_found", ["message"] = $"No route matches {method} {path}." }.ToJsonString());
    }

    [TestCase("POST", "/api/v2/clusters", "GET")]
    [TestCase("PUT", "/api/v2/clusters/c1", "DELETE, GET, PATCH")]
    [TestCase("PUT", "/api/v2/clusters/c1/status", "GET")]
    [TestCase("POST", "/healthz", "GET")]
    [TestCase("POST", "/metrics", "GET")]
    public async Task Wrong_method_is_405_naming_what_the_path_allows(string method, string path, string allowed)
    {
        var error = await ErrorAsync(new HttpMethod(method), path, HttpStatusCode.MethodNotAllowed);

        error.ShouldEqualJson(new JsonObject
        {
            ["code"] = "method_not_allowed",
            ["message"] = $"{method} {path}: the method is not allowed here; allowed: {allowed}.",
        }.ToJsonString());
    }

    [Test]
    public async Task Failure_inside_a_route_is_500_internal_error_without_details()
    {
        _factory.Faults.FailListingAgents = true;

        var error = await ErrorAsync(HttpMethod.Get, "/api/v2/clusters", HttpStatusCode.InternalServerError);

        error.ShouldEqualJson("""{"code": "internal_error", "message": "An unexpected error occurred."}""");
    }

    private async Task<JsonNode?> ErrorAsync(HttpMethod method, string path, HttpStatusCode expectedStatus)
    {
        var (status, body, response) = await _factory.Gateway.SendJsonAsync(method, path);
        using (response)
        {
            var text = body?.ToJsonString() ?? string.Empty;
            status.Should().Be(expectedStatus, text);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
            text.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain("<html");
            body.PropertyNames().Should().Equal("error");
            return body!["error"];
        }
    }
}
