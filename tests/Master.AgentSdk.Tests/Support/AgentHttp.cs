using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Master.DataHub;
using Master.DataHub.Commands;

namespace Master.AgentSdk.Tests.Support;

/// <summary>Builds agent requests and reads replies the way the Go agent does.</summary>
internal static class AgentHttp
{
    public static string NewClusterId() => "c-" + Guid.NewGuid().ToString("N")[..12];

    public static HttpRequestMessage Heartbeat(string? clusterId, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/agent/heartbeat") { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = null;
        AddIdentity(request, clusterId, token);
        return request;
    }

    public static HttpRequestMessage Snapshot(byte[] body, string? clusterId, string? contentEncoding = "gzip", string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/agent/snapshot") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (contentEncoding is not null)
        {
            request.Content.Headers.ContentEncoding.Add(contentEncoding);
        }

        AddIdentity(request, clusterId, token);
        return request;
    }

    public static HttpRequestMessage Poll(string query, string? headerClusterId = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/agent/commands" + query);
        AddIdentity(request, headerClusterId, token);
        return request;
    }

    /// <summary>A poll for <paramref name="clusterId"/> by query string, as the agent sends it; no <c>topic</c> when null.</summary>
    public static HttpRequestMessage PollFor(string clusterId, string? topic = "ops", string? token = null) =>
        Poll(topic is null ? $"?cluster_id={clusterId}" : $"?cluster_id={clusterId}&topic={topic}", token: token);

    public static HttpRequestMessage Result(string json, string? clusterId = null, bool gzip = false, string? token = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, "/agent/result") { Content = new ByteArrayContent(gzip ? Gzip(bytes) : bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        AddIdentity(request, clusterId, token);
        return request;
    }

    public static byte[] Gzip(byte[] json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(json);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(string json) => Gzip(Encoding.UTF8.GetBytes(json));

    public static async Task<string> ErrorCodeAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetProperty("code").GetString()!;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The id of the command a 200 poll reply carries, or null for <c>{"hasCommand":false}</c>.</summary>
    public static async Task<string?> PolledCommandIdAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var json = await response.JsonAsync();
        return json.GetProperty("hasCommand").GetBoolean() ? json.GetProperty("command").GetProperty("id").GetString() : null;
    }

    /// <summary>Enqueues a command for the cluster and takes it with a real poll, so it is dispatched.</summary>
    public static async Task<Command> DispatchAsync(this HttpClient client, IDataHub hub, string clusterId)
    {
        var command = await hub.EnqueueAsync(clusterId);
        using var response = await client.SendAsync(PollFor(clusterId));
        (await response.PolledCommandIdAsync()).Should().Be(command.Id);
        return (await hub.GetCommandAsync(command.Id))!;
    }

    public static Command NewCommand(string clusterId, string action = "scale", string? source = "web") => new()
    {
        Id = Guid.NewGuid().ToString(),
        ClusterId = clusterId,
        Action = action,
        Kind = "Deployment",
        Namespace = "shop",
        Name = "api",
        Params = JsonDocument.Parse("""{"replicas":3}""").RootElement.Clone(),
        Source = source,
        CreatedBy = "alice",
        CreatedAt = DateTimeOffset.UtcNow,
        ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(10),
        ResultTimeout = TimeSpan.FromMinutes(2),
    };

    public static async Task<Command> EnqueueAsync(this IDataHub hub, string clusterId, string action = "scale", string? source = "web") =>
        await hub.EnqueueCommandAsync(NewCommand(clusterId, action, source));

    private static void AddIdentity(HttpRequestMessage request, string? clusterId, string? token)
    {
        if (clusterId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Cluster-ID", clusterId);
        }

        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }
    }
}
