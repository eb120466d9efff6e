using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Commands;

/// <summary>A gateway with three clusters whose agents have reported (prod-eu is named "Production EU"), and helpers to submit.</summary>
public abstract class CommandFixture
{
    private protected GatewayFactory Factory { get; private set; } = null!;

    protected HttpClient Gateway => Factory.Gateway;

    private protected AgentSimulator Agent => Factory.Agent;

    [SetUp]
    public async Task SetUpFleet()
    {
        Factory = new GatewayFactory();
        foreach (var cluster in new[] { "prod-eu", "prod-us", "staging" })
        {
            await Agent.HeartbeatAsync(cluster);
        }

        var (status, _, response) = await Gateway.SendJsonAsync(HttpMethod.Patch, "/api/v2/clusters/prod-eu", """{"name": "Production EU"}""");
        response.Dispose();
        status.Should().Be(HttpStatusCode.OK);
    }

    [TearDown]
    public async Task TearDownFleet() => await Factory.DisposeAsync();

    /// <summary>Posts a submission and returns the status and reply.</summary>
    protected async Task<(HttpStatusCode Status, JsonNode? Body)> PostCommandAsync(string json, HttpClient? client = null)
    {
        var (status, body, response) = await (client ?? Gateway).SendJsonAsync(HttpMethod.Post, "/api/v2/commands", json);
        response.Dispose();
        return (status, body);
    }

    /// <summary>Submits a restart of shop/api to one cluster and returns the new command's id.</summary>
    protected async Task<string> SubmitRestartAsync(string cluster = "prod-us", string source = "web")
    {
        var (status, body) = await PostCommandAsync(
            $$"""{"cluster": "{{cluster}}", "action": "restart", "target": {"kind": "Deployment", "namespace": "shop", "name": "api"}, "source": "{{source}}"}""");
        status.Should().Be(HttpStatusCode.Accepted, "the submission was {0}", body?.ToJsonString());
        return body!["items"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>The command as <c>GET /api/v2/commands/{id}</c> shows it.</summary>
    protected async Task<JsonNode> GetCommandAsync(string id, HttpClient? client = null)
    {
        var (status, body) = await (client ?? Gateway).GetJsonAsync($"/api/v2/commands/{id}");
        status.Should().Be(HttpStatusCode.OK);
        return body!;
    }

    /// <summary>The command's status in the history list (the relational store), null when it is not there.</summary>
    protected async Task<string?> HistoryStatusAsync(string id)
    {
        var (_, page) = await Gateway.GetJsonAsync("/api/v2/commands?limit=1000");
        return page!["items"]!.AsArray().SingleOrDefault(item => item!["id"]!.GetValue<string>() == id)?["status"]!.GetValue<string>();
    }

    protected async Task<JsonNode> PostAsync(string path, HttpStatusCode expected)
    {
        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Post, path);
        response.Dispose();
        status.Should().Be(expected, "the reply was {0}", body?.ToJsonString());
        return body!;
    }
}
