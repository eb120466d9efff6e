using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Master.Gateway.Tests.Support;

/// <summary>Speaks the agent channel the way the Go agent does, on the agent listener.</summary>
internal sealed class AgentSimulator(HttpClient client)
{
    public async Task SendSnapshotAsync(string clusterId, byte[] json, string? version = null, string? labels = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/snapshot") { Content = new ByteArrayContent(Gzip(json)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Content.Headers.ContentEncoding.Add("gzip");
        AddIdentity(request, clusterId, version, labels);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async Task HeartbeatAsync(string clusterId, string? version = null, string? labels = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/heartbeat") { Content = new ByteArrayContent([]) };
        AddIdentity(request, clusterId, version, labels);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sends a heartbeat and returns the reply, whatever its status.</summary>
    public async Task<HttpResponseMessage> SendHeartbeatAsync(string clusterId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/heartbeat") { Content = new ByteArrayContent([]) };
        AddIdentity(request, clusterId, version: null, labels: null);
        return await client.SendAsync(request);
    }

    /// <summary>A command long-poll; it is held until a command arrives or the hub's clock passes the hold.</summary>
    public Task<HttpResponseMessage> PollAsync(string clusterId, CancellationToken cancellationToken = default) =>
        PollAsync(clusterId, "ops", cancellationToken);

    /// <summary>A command long-poll on <paramref name="topic"/>.</summary>
    public Task<HttpResponseMessage> PollAsync(string clusterId, string topic, CancellationToken cancellationToken = default) =>
        client.GetAsync(
            new Uri($"/agent/commands?cluster_id={Uri.EscapeDataString(clusterId)}&topic={topic}", UriKind.Relative), cancellationToken);

    /// <summary>Polls once and returns the command of the reply, failing when there is none.</summary>
    public async Task<JsonElement> TakeCommandAsync(string clusterId, string topic = "ops")
    {
        using var response = await PollAsync(clusterId, topic).WaitAsync(TimeSpan.FromSeconds(10));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        reply.GetProperty("hasCommand").GetBoolean().Should().BeTrue("a command was queued for {0} on {1}", clusterId, topic);
        return reply.GetProperty("command");
    }

    /// <summary>Posts a result as the Go agent does (E4), from the cluster <paramref name="clusterId"/>.</summary>
    public async Task PostResultAsync(
        string clusterId, string commandId, bool success = true, string? output = null, string? error = null, long execTime = 61_234_567)
    {
        var result = new Dictionary<string, object?>
        {
            ["commandId"] = commandId,
            ["success"] = success,
            ["execTime"] = execTime,
            ["executedAt"] = "2025-06-12T14:05:41.402117+08:00",
        };
        if (output is not null)
        {
            result["output"] = output;
        }

        if (error is not null)
        {
            result["error"] = error;
        }

        using var response = await PostAsync("/agent/result", clusterId, JsonSerializer.SerializeToUtf8Bytes(result));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Posts <paramref name="json"/> to <c>/agent/logs</c> (X1) and returns the reply.</summary>
    public Task<HttpResponseMessage> PostLogsAsync(string clusterId, string json) =>
        PostAsync("/agent/logs", clusterId, Encoding.UTF8.GetBytes(json));

    private async Task<HttpResponseMessage> PostAsync(string path, string clusterId, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Cluster-ID", clusterId);
        return await client.SendAsync(request);
    }

    private static void AddIdentity(HttpRequestMessage request, string clusterId, string? version, string? labels)
    {
        request.Headers.TryAddWithoutValidation("X-Cluster-ID", clusterId);
        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Agent-Version", version);
        }

        if (labels is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Agent-Labels", labels);
        }
    }

    private static byte[] Gzip(byte[] json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(json);
        }

        return output.ToArray();
    }
}
