using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Master.LoadTest;

/// <summary>The operator side: one login, then submissions, history pages and metric scrapes with its token.</summary>
internal sealed class GatewayClient : IDisposable
{
    private readonly HttpClient _client;

    public GatewayClient(Uri gateway, int connections)
    {
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Logs in once: the gateway counts login attempts per user and address.</summary>
    public async Task LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync("/api/v2/auth/login", new { username, password }, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        var token = body.RootElement.GetProperty("token").GetString();
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Submits one restart to <paramref name="clusters"/>; the status and, on 202, the id per cluster.</summary>
    public async Task<(HttpStatusCode Status, Dictionary<string, string> Ids)> SubmitAsync(
        IReadOnlyList<string> clusters, CancellationToken cancellationToken)
    {
        var request = new
        {
            clusters,
            action = "restart",
            target = new { kind = "Deployment", @namespace = "shop", name = "api" },
            source = "api",
        };
        using var response = await _client.PostAsJsonAsync("/api/v2/commands", request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<string, string> ids = new(StringComparer.Ordinal);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            using var body = JsonDocument.Parse(bytes);
            foreach (var item in body.RootElement.GetProperty("items").EnumerateArray())
            {
                ids[item.GetProperty("clusterId").GetString()!] = item.GetProperty("id").GetString()!;
            }
        }

        return (response.StatusCode, ids);
    }

    /// <summary>Every command of the history in <paramref name="status"/>, following <c>nextCursor</c> page by page.</summary>
    public async Task<List<string>> ListIdsAsync(string status, CancellationToken cancellationToken)
    {
        List<string> ids = [];
        string? cursor = null;
        do
        {
            var path = $"/api/v2/commands?status={status}&limit=1000"
                + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            foreach (var item in body.RootElement.GetProperty("items").EnumerateArray())
            {
                ids.Add(item.GetProperty("id").GetString()!);
            }

            cursor = body.RootElement.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String
                ? next.GetString()
                : null;
        }
        while (cursor is not null);

        return ids;
    }

    /// <summary>The status of one command, or the HTTP status when it cannot be read.</summary>
    public async Task<string> GetStatusAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(new Uri("/api/v2/commands/" + id, UriKind.Relative), cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return "http " + (int)response.StatusCode;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        return body.RootElement.GetProperty("status").GetString() ?? "?";
    }

    /// <summary>The value of an unlabelled gauge on <c>/metrics</c>, or null when it is not there.</summary>
    public async Task<double?> ReadGaugeAsync(string name, CancellationToken cancellationToken)
    {
        var text = await _client.GetStringAsync(new Uri("/metrics", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is ' ' or '{')
            {
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    public void Dispose() => _client.Dispose();
}
