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
