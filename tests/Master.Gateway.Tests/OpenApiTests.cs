using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Access;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests;

public sealed class OpenApiTests
{
    private GatewayFactory _factory = null!;
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task OneTimeSetUp()
    {
        _factory = new GatewayFactory();
        var (status, body) = await _factory.Gateway.GetJsonAsync("/openapi/v1.json");
        status.Should().Be(HttpStatusCode.OK);
        _document = body!;
    }

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [Test]
    public void Document_lists_exactly_the_gateway_routes_with_their_templates()
    {
        _document["openapi"]!.GetValue<string>().Should().StartWith("3.");
        _document["paths"]!.PropertyNames().Should().BeEquivalentTo(AccessMatrix.Routes
            .Select(route => route.Template)
            .Where(template => !template.StartsWith("/openapi/", StringComparison.Ordinal))
            .Distinct());
    }

    [TestCase("/api/v2/clusters", "ListClusters")]
    [TestCase("/api/v2/clusters/{id}/status", "GetClusterStatus")]
    [TestCase("/api/v2/clusters/{id}/snapshot", "GetClusterSnapshot")]
    [TestCase("/healthz", "GetHealth")]
    [TestCase("/readyz", "GetReadiness")]
    [TestCase("/metrics", "GetMetrics")]
    public void Each_route_is_a_named_get_operation(string path, string operationId)
    {
        var operations = _document["paths"]![path]!;

        operations.PropertyNames().Should().Contain("get").And.NotContain(new[] { "post", "put", "patch", "delete" });
        operations["get"]!["operationId"]!.GetValue<string>().Should().Be(operationId);
    }

    [Test]
    public void One_cluster_is_read_patched_and_deleted_by_named_operations()
    {
        var operations = _document["paths"]!["/api/v2/clusters/{id}"]!;

        operations.PropertyNames().Should().BeEquivalentTo("get", "patch", "delete");
        operations["get"]!["operationId"]!.GetValue<string>().Should().Be("GetCluster");
        operations["patch"]!["operationId"]!.GetValue<string>().Should().Be("UpdateCluster");
        operations["delete"]!["operationId"]!.GetValue<string>().Should().Be("DeleteCluster");
    }

    [Test]
    public void Cluster_list_documents_its_paging_and_filter_parameters()
    {
        var parameters = _document["paths"]!["/api/v2/clusters"]!["get"]!["parameters"]!.AsArray()
            .Select(parameter => (Name: parameter!["name"]!.GetValue<string>(), In: parameter["in"]!.GetValue<string>()));

        parameters.Should().BeEquivalentTo(new[]
        {
            ("limit", "query"), ("cursor", "query"), ("status", "query"), ("name", "query"), ("environment", "query"),
            ("agentVersion", "query"), ("labels", "query"),
        });
    }

    [Test]
    public void Cluster_routes_take_the_id_from_the_path()
    {
        var parameter = _document["paths"]!["/api/v2/clusters/{id}"]!["get"]!["parameters"]!.AsArray().Single()!;

        parameter["name"]!.GetValue<string>().Should().Be("id");
        parameter["in"]!.GetValue<string>().Should().Be("path");
        parameter["required"]!.GetValue<bool>().Should().BeTrue();
    }
}
