using System.IO.Compression;
using System.Net.Http.Headers;

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

    /// <summary>A command long-poll; it is held until a command arrives or the hub's clock passes the hold.</summary>
    public Task<HttpResponseMessage> PollAsync(string clusterId, CancellationToken cancellationToken = default) =>
        client.GetAsync(new Uri($"/agent/commands?cluster_id={Uri.EscapeDataString(clusterId)}", UriKind.Relative), cancellationToken);

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
