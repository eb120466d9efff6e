using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Master.Testing.Snapshots;
using Master.Testing.Waiting;

namespace Master.Gateway.Tests.Queries;

/// <summary><c>GET/POST /api/v2/query</c> over real HTTP, on snapshots sent through the real agent channel (gateway-api.md, Query).</summary>
public sealed class QueryEndpointsTests
{
    private GatewayFactory _factory = null!;
    private SnapshotFixture _prod = null!;

    private HttpClient Gateway => _factory.Gateway;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new GatewayFactory();
        _prod = SnapshotFixtureBuilder.Create("prod-eu", pods: 60, nodes: 3, seed: 7);
        await _factory.Agent.SendSnapshotAsync("prod-eu", _prod.ToJson());
    }

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Get_answers_rows_with_the_result_shape_of_the_spec()
    {
        var crashing = _prod.Facts.CrashLoopingPods;
        crashing.Should().NotBeEmpty("the fixture must hold crash-looping pods for this test to mean anything");

        var (status, body) = await Gateway.GetJsonAsync(
            "/api/v2/query?q=" + Uri.EscapeDataString("pods(status=\"CrashLoopBackOff\").select(cluster, name, restarts, cpu_request)"));

        status.Should().Be(HttpStatusCode.OK);
        body.PropertyNames().Should().BeEquivalentTo("kind", "columns", "rows", "total", "truncated", "warnings", "tookMs");
        body!["kind"]!.GetValue<string>().Should().Be("rows");
        body["columns"].ShouldEqualJson("""
            [{"name": "cluster", "type": "string", "unit": null}, {"name": "name", "type": "string", "unit": null},
             {"name": "restarts", "type": "int", "unit": null}, {"name": "cpu_request", "type": "cpu", "unit": "millicores"}]
            """);
        var rows = body["rows"]!.AsArray();
        rows.Select(row => row![1]!.GetValue<string>()).Should().BeEquivalentTo(crashing);
        rows.Should().OnlyContain(row => row![0]!.GetValue<string>() == "prod-eu");
        var first = _prod.Facts.Pods.Single(pod => pod.Name == rows[0]![1]!.GetValue<string>());
        rows[0]![2]!.GetValue<long>().Should().Be(first.Restarts);
        body["total"]!.GetValue<int>().Should().Be(crashing.Count);
        body["truncated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task Post_takes_a_multi_line_query_with_a_comment_and_answers_a_scalar()
    {
        var query = "pods(cluster=\"prod-eu\") // every pod\n  .count()";

        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/query", new JsonObject { ["q"] = query }.ToJsonString());
        response.Dispose();

        status.Should().Be(HttpStatusCode.OK);
        body!["kind"]!.GetValue<string>().Should().Be("scalar");
        body["columns"].ShouldEqualJson("""[{"name": "count", "type": "int", "unit": null}]""");
        body["rows"].ShouldEqualJson($"[[{_prod.Facts.Pods.Count}]]");
    }

    [Test]
    public async Task A_syntax_error_is_400_query_error_with_the_diagnostic_the_editor_underlines()
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/query?q=" + Uri.EscapeDataString("nodes(cluster=\"prod\").where(cpu_usage > )"));

        status.Should().Be(HttpStatusCode.BadRequest);
        body.ShouldEqualJson("""
            {"error": {"code": "query_error",
                       "message": "unexpected ')'; expected an expression (field, literal or '(')",
                       "diagnostics": [{"severity": "error", "code": "DSL1003", "source": "parser",
                                        "message": "unexpected ')'; expected an expression (field, literal or '(')",
                                        "line": 1, "column": 41, "offset": 40, "length": 1,
                                        "expected": ["an expression"], "hint": null, "suggestion": null}]}}
            """);
    }

    [Test]
    public async Task Every_binder_error_is_in_the_diagnostics()
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/query?q=" + Uri.EscapeDataString("pods.where(restrats > 5 and memory_limit > 512m)"));

        status.Should().Be(HttpStatusCode.BadRequest);
        var diagnostics = body!["error"]!["diagnostics"]!.AsArray();
        diagnostics.Select(d => d!["code"]!.GetValue<string>()).Should().Equal("DSL2002", "DSL2020");
        diagnostics[0]!["suggestion"]!.GetValue<string>().Should().Be("restarts");
        body["error"]!["message"]!.GetValue<string>().Should().Be(diagnostics[0]!["message"]!.GetValue<string>());
    }

    [TestCase("/api/v2/query")]
    [TestCase("/api/v2/query?q=%20")]
    public async Task Get_without_a_query_is_422_naming_q(string path)
    {
        var (status, body) = await Gateway.GetJsonAsync(path);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]!["q"]!.GetValue<string>().Should().Contain("pods(cluster=");
    }

    [TestCase("""{}""", "q")]
    [TestCase("""{"q": 5}""", "q")]
    [TestCase("""{"q": "pods", "query": "nodes"}""", "query")]
    public async Task Post_with_a_bad_body_is_422_naming_the_field(string json, string field)
    {
        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/query", json);
        response.Dispose();

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]![field].Should().NotBeNull();
    }

    [Test]
    public async Task Post_with_malformed_json_is_400()
    {
        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/query", """{"q": "pods""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("bad_request");
    }

    [Test]
    public async Task A_viewer_may_query()
    {
        using var viewer = _factory.ClientAs(Role.Viewer);

        var (status, body) = await viewer.GetJsonAsync("/api/v2/query?q=nodes.count()");

        status.Should().Be(HttpStatusCode.OK);
        body!["rows"].ShouldEqualJson($"[[{_prod.Facts.Nodes.Count}]]");
    }

    [Test]
    public async Task A_query_sent_by_post_changes_nothing_so_it_is_not_audited()
    {
        var (status, _, response) = await Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/query", """{"q": "pods.count()"}""");
        response.Dispose();
        status.Should().Be(HttpStatusCode.OK);

        // A change made after the query is audited; once it shows, the query would have shown too.
        var (created, _, createResponse) = await Gateway.SendJsonAsync(HttpMethod.Post, "/api/v2/tokens", """{"name": "marker", "expiresAt": "2030-01-01T00:00:00Z"}""");
        createResponse.Dispose();
        created.Should().Be(HttpStatusCode.Created);
        await Eventually.TrueAsync(async () =>
            (await Gateway.GetJsonAsync("/api/v2/audit-logs?action=CreateApiKey")).Body!["items"]!.AsArray().Count == 1);

        var (_, page) = await Gateway.GetJsonAsync("/api/v2/audit-logs?action=RunQueryFromBody");
        page!["items"]!.AsArray().Should().BeEmpty();
    }
}
