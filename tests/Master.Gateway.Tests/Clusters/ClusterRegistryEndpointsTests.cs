using System.Net;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Clusters;

/// <summary><c>PATCH</c> and <c>DELETE /api/v2/clusters/{id}</c>, and addressing a cluster by its name, over real sockets.</summary>
public sealed class ClusterRegistryEndpointsTests
{
    private GatewayFactory _factory = null!;

    private HttpClient Gateway => _factory.Gateway;

    [SetUp]
    public async Task SetUp()
    {
        _factory = new GatewayFactory();
        await _factory.Agent.HeartbeatAsync("prod-eu", version: "2.4.0", labels: "region=eu");
    }

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Patch_stores_the_metadata_and_answers_the_cluster_as_get_shows_it()
    {
        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Patch, "/api/v2/clusters/prod-eu",
            """{"name": "Production EU", "description": "main shop", "environment": "production", "labels": {"tier": "1"}}""");
        response.Dispose();

        status.Should().Be(HttpStatusCode.OK);
        body!["name"]!.GetValue<string>().Should().Be("Production EU");
        body["description"]!.GetValue<string>().Should().Be("main shop");
        body["environment"]!.GetValue<string>().Should().Be("production");
        body["labels"].ShouldEqualJson("""{"region": "eu", "tier": "1"}""");
        var (_, fetched) = await Gateway.GetJsonAsync("/api/v2/clusters/prod-eu");
        fetched.ShouldEqualJson(body.ToJsonString());
    }

    [Test]
    public async Task A_cluster_is_addressed_by_its_name_wherever_its_id_is()
    {
        await PatchAsync("prod-eu", """{"name": "shop"}""");

        foreach (var path in new[] { "/api/v2/clusters/shop", "/api/v2/clusters/shop/status" })
        {
            var (status, _) = await Gateway.GetJsonAsync(path);
            status.Should().Be(HttpStatusCode.OK, path);
        }

        var (_, cluster) = await Gateway.GetJsonAsync("/api/v2/clusters/shop");
        cluster!["id"]!.GetValue<string>().Should().Be("prod-eu");
        var (_, list) = await Gateway.GetJsonAsync("/api/v2/clusters?name=shop");
        list!["total"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task Left_out_members_keep_their_value_and_empty_ones_clear_it()
    {
        await PatchAsync("prod-eu", """{"description": "d", "environment": "staging", "labels": {"a": "1"}}""");

        var (_, kept) = await PatchAsync("prod-eu", """{"name": "eu"}""");
        kept!["description"]!.GetValue<string>().Should().Be("d");
        kept["environment"]!.GetValue<string>().Should().Be("staging");

        var (_, cleared) = await PatchAsync("eu", """{"description": "", "environment": "", "labels": {}}""");
        cleared!["description"].Should().BeNull();
        cleared["environment"].Should().BeNull();
        cleared["labels"].ShouldEqualJson("""{"region": "eu"}""");
    }

    [Test]
    public async Task A_name_another_cluster_has_is_a_conflict()
    {
        await _factory.Agent.HeartbeatAsync("prod-us");

        var (status, body) = await PatchAsync("prod-us", """{"name": "prod-eu"}""");

        status.Should().Be(HttpStatusCode.Conflict);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("conflict");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("prod-eu");
    }

    [TestCase("""{"name": ""}""", "name")]
    [TestCase("""{"name": "   "}""", "name")]
    [TestCase("""{"name": 7}""", "name")]
    [TestCase("""{"environment": "a\nb"}""", "environment")]
    [TestCase("""{"labels": ["a"]}""", "labels")]
    [TestCase("""{"labels": {"a": 1}}""", "labels")]
    [TestCase("""{"nmae": "typo"}""", "nmae")]
    [TestCase("""[1, 2]""", "body")]
    public async Task An_invalid_body_is_422_naming_the_field(string json, string field)
    {
        var (status, body) = await PatchAsync("prod-eu", json);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("validation_failed");
        body["error"]!["fields"]![field].Should().NotBeNull();
    }

    [Test]
    public async Task Every_problem_of_a_body_is_reported_at_once()
    {
        var (_, body) = await PatchAsync("prod-eu", """{"name": "", "labels": 3, "colour": "red"}""");

        body!["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("name", "labels", "colour");
    }

    [Test]
    public async Task Malformed_json_is_400_saying_where_it_broke()
    {
        var (status, body) = await PatchAsync("prod-eu", "{\"name\": ");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["message"]!.GetValue<string>().Should().Contain("line 1");
    }

    [Test]
    public async Task Patch_and_delete_of_an_unknown_cluster_are_404()
    {
        var (patched, _) = await PatchAsync("nobody", """{"name": "x"}""");
        var (deleted, _, response) = await Gateway.SendJsonAsync(HttpMethod.Delete, "/api/v2/clusters/nobody");
        response.Dispose();

        patched.Should().Be(HttpStatusCode.NotFound);
        deleted.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Delete_forgets_the_cluster_by_name_and_it_registers_anew_when_its_agent_reports()
    {
        await PatchAsync("prod-eu", """{"name": "shop"}""");

        var (status, _, response) = await Gateway.SendJsonAsync(HttpMethod.Delete, "/api/v2/clusters/shop");
        response.Dispose();

        status.Should().Be(HttpStatusCode.NoContent);
        (await Gateway.GetJsonAsync("/api/v2/clusters/prod-eu")).Status.Should().Be(HttpStatusCode.NotFound);
        (await Gateway.GetJsonAsync("/api/v2/clusters")).Body!["total"]!.GetValue<int>().Should().Be(0);

        await _factory.Agent.HeartbeatAsync("prod-eu");
        var (_, back) = await Gateway.GetJsonAsync("/api/v2/clusters/prod-eu");
        back!["name"]!.GetValue<string>().Should().Be("prod-eu", "a forgotten cluster comes back under its id");
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body)> PatchAsync(string cluster, string json)
    {
        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Patch, $"/api/v2/clusters/{cluster}", json);
        response.Dispose();
        return (status, body);
    }
}
