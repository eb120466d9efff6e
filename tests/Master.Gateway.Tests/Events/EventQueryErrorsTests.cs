using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Events;

/// <summary>
/// Bad parameters of the event routes are <c>422 validation_failed</c> naming the parameter, its value and what was
/// expected; hostile filter values are data, never SQL.
/// </summary>
public sealed class EventQueryErrorsTests
{
    private const string Related = "/api/v2/events/related?cluster=prod-eu&kind=Deployment&namespace=shop&name=api";
    private const string Injection = "x' OR '1'='1";
    private const string Rfc3339 = "an RFC 3339 time such as 2025-06-12T06:00:00Z";

    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public async Task OneTimeSetUp()
    {
        _factory = new GatewayFactory();
        await EventHistory.SeedAsync(_factory);
    }

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [TestCase("limit=abc", "limit", "abc", "an integer from 1 to 1000")]
    [TestCase("limit=0", "limit", "0", "an integer from 1 to 1000")]
    [TestCase("limit=1001", "limit", "1001", "an integer from 1 to 1000")]
    [TestCase("limit=-5", "limit", "-5", "an integer from 1 to 1000")]
    [TestCase("limit=2.5", "limit", "2.5", "an integer from 1 to 1000")]
    [TestCase("since=yesterday", "since", "yesterday", Rfc3339)]
    [TestCase("since=2025-06-12", "since", "2025-06-12", Rfc3339)]
    [TestCase("since=2025-06-12T06:00:00", "since", "2025-06-12T06:00:00", Rfc3339)]
    [TestCase("since=2025-02-30T06:00:00Z", "since", "2025-02-30T06:00:00Z", Rfc3339)]
    [TestCase("since=2025-06-12 06:00:00Z", "since", "2025-06-12 06:00:00Z", Rfc3339)]
    [TestCase("until=1749708000", "until", "1749708000", Rfc3339)]
    [TestCase("until=2025-06-12T25:00:00Z", "until", "2025-06-12T25:00:00Z", Rfc3339)]
    [TestCase(
        "since=2025-06-12T06:00:00Z&until=2025-06-12T05:00:00Z", "until", "2025-06-12T05:00:00Z",
        "a time at or after since (2025-06-12T06:00:00Z)")]
    [TestCase(
        "since=2025-06-12T06:00:00Z&until=2025-06-12T13:59:59%2B08:00", "until", "2025-06-12T13:59:59+08:00",
        "a time at or after since (2025-06-12T06:00:00Z)")]
    public async Task Bad_parameter_is_422_naming_the_parameter_its_value_and_the_expectation(
        string query, string parameter, string value, string expected)
    {
        var expectedError = new JsonObject
        {
            ["code"] = "validation_failed",
            ["message"] = $"Query parameter '{parameter}' is '{value}'; expected {expected}.",
            ["fields"] = new JsonObject { [parameter] = $"expected {expected}" },
        }.ToJsonString();

        (await ErrorAsync("/api/v2/events?" + query)).ShouldEqualJson(expectedError);
        (await ErrorAsync(Related + "&" + query)).ShouldEqualJson(expectedError);
    }

    [TestCase("not-a-cursor!")]
    [TestCase("eA")]
    [TestCase("MjpjMQ")]
    [TestCase("MS54")]
    [TestCase("eCcgT1IgJzEnPScx")]
    public async Task Bad_cursor_is_422_naming_the_cursor(string cursor)
    {
        foreach (var path in new[] { "/api/v2/events?cursor=", Related + "&cursor=" })
        {
            var error = await ErrorAsync(path + cursor);

            error!["code"]!.GetValue<string>().Should().Be("validation_failed");
            error["message"]!.GetValue<string>().Should().Be(
                $"Query parameter 'cursor' is '{cursor}'; expected the nextCursor of an earlier page of this list.");
            error["fields"]!.PropertyNames().Should().Equal("cursor");
        }
    }

    [TestCase("kind=Deployment&name=api", "cluster", "a cluster id or name")]
    [TestCase("cluster=&kind=Deployment&name=api", "cluster", "a cluster id or name")]
    [TestCase("cluster=prod-eu&name=api", "kind", "the kind of the object, such as Deployment")]
    [TestCase("cluster=prod-eu&kind=Deployment&namespace=shop", "name", "the name of the object")]
    [TestCase("cluster=prod-eu&kind=Deployment&name=", "name", "the name of the object")]
    [TestCase("limit=0", "cluster", "a cluster id or name")]
    public async Task Related_without_cluster_kind_or_name_is_422_naming_the_missing_one(
        string query, string parameter, string expected)
    {
        var error = await ErrorAsync("/api/v2/events/related?" + query);

        error.ShouldEqualJson(new JsonObject
        {
            ["code"] = "validation_failed",
            ["message"] = $"Query parameter '{parameter}' is missing; expected {expected}.",
            ["fields"] = new JsonObject { [parameter] = $"expected {expected}" },
        }.ToJsonString());
    }

    [TestCase("cluster")]
    [TestCase("type")]
    [TestCase("reason")]
    [TestCase("kind")]
    [TestCase("namespace")]
    [TestCase("name")]
    [TestCase("node")]
    [TestCase("uid")]
    public async Task Injection_in_a_list_filter_matches_nothing(string parameter)
    {
        var (status, body) = await _factory.Gateway.GetJsonAsync($"/api/v2/events?{parameter}={Uri.EscapeDataString(Injection)}");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson("""{"items": [], "total": 0, "nextCursor": null}""");
    }

    [TestCase("kind")]
    [TestCase("namespace")]
    [TestCase("name")]
    [TestCase("type")]
    [TestCase("reason")]
    public async Task Injection_in_a_related_filter_matches_nothing(string parameter)
    {
        var values = new Dictionary<string, string>
        {
            ["cluster"] = "prod-eu",
            ["kind"] = "Deployment",
            ["namespace"] = "shop",
            ["name"] = "api",
            [parameter] = Injection,
        };
        var query = string.Join('&', values.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));

        var (status, body) = await _factory.Gateway.GetJsonAsync("/api/v2/events/related?" + query);

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson("""{"items": [], "total": 0, "nextCursor": null}""");
    }

    [Test]
    public async Task Injection_as_the_related_cluster_is_an_unknown_cluster()
    {
        var (status, body) = await _factory.Gateway.GetJsonAsync(
            $"/api/v2/events/related?cluster={Uri.EscapeDataString(Injection)}&kind=Deployment&namespace=shop&name=api");

        status.Should().Be(HttpStatusCode.NotFound);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("not_found");
    }

    [Test]
    public async Task History_is_intact_after_the_injections()
    {
        foreach (var parameter in new[] { "cluster", "reason", "name", "uid" })
        {
            await _factory.Gateway.GetJsonAsync($"/api/v2/events?{parameter}={Uri.EscapeDataString("x'; DELETE FROM cluster_events; --")}");
        }

        var (_, body) = await _factory.Gateway.GetJsonAsync("/api/v2/events");

        EventHistory.Names(body).Should().Equal(EventHistory.NewestFirst);
    }

    private async Task<JsonNode?> ErrorAsync(string path)
    {
        var (status, body, response) = await _factory.Gateway.SendJsonAsync(HttpMethod.Get, path);
        using (response)
        {
            status.Should().Be(HttpStatusCode.UnprocessableEntity, "{0} should be refused", path);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
            return body!["error"];
        }
    }
}
