using System.Net;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Ai;

/// <summary>The calls the AI log tests make again and again, each asserting its own success.</summary>
internal static class AiRequests
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(
        this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        var (status, body, response) = await client.SendJsonAsync(method, path, json);
        response.Dispose();
        return (status, body);
    }

    /// <summary>Starts a session and returns its id.</summary>
    public static async Task<string> CreateSessionAsync(this HttpClient client, string json = "{}")
    {
        var (status, body) = await client.SendAsync(HttpMethod.Post, "/api/v2/ai/sessions", json);
        status.Should().Be(HttpStatusCode.Created);
        return body!["id"]!.GetValue<string>();
    }

    /// <summary>Adds a message to a session and returns it.</summary>
    public static async Task<JsonNode> AppendMessageAsync(this HttpClient client, string sessionId, string role, string content)
    {
        var json = new JsonObject { ["role"] = role, ["content"] = content }.ToJsonString();
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/api/v2/ai/sessions/{sessionId}/messages", json);
        status.Should().Be(HttpStatusCode.Created);
        return body!;
    }

    /// <summary>Records a tool call in a session and returns it.</summary>
    public static async Task<JsonNode> RecordToolCallAsync(this HttpClient client, string sessionId, string json)
    {
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/api/v2/ai/sessions/{sessionId}/tool-calls", json);
        status.Should().Be(HttpStatusCode.Created, body?.ToJsonString());
        return body!;
    }
}
