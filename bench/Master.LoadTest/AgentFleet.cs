using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Master.LoadTest;

/// <summary>
/// Simulated agents on the agent port, behaving as the real one does (agent-protocol.md §8.3, §10): one ops poll
/// each, held by Master; after a command, execute (here: nothing), post the result and poll again at once; after an
/// empty reply, wait 100 ms; a heartbeat per agent every 15 s.
/// </summary>
internal sealed class AgentFleet : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private readonly HttpClient _client;
    private readonly IReadOnlyList<string> _clusters;
    private readonly IAgentObserver _observer;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private long _pollErrors;
    private long _resultErrors;
    private long _heartbeatErrors;

    public AgentFleet(Uri agentPort, IReadOnlyList<string> clusters, IAgentObserver observer)
    {
        _clusters = clusters;
        _observer = observer;

        // One connection per parked poll plus room for results and heartbeats; connections are never recycled, as
        // an agent keeps its keep-alive connection.
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clusters.Count * 2 + 16,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = agentPort,
            Timeout = TimeSpan.FromSeconds(90),
        };
    }

    public long PollErrors => Interlocked.Read(ref _pollErrors);

    public long ResultErrors => Interlocked.Read(ref _resultErrors);

    public long HeartbeatErrors => Interlocked.Read(ref _heartbeatErrors);

    /// <summary>Makes every cluster known to Master with a first heartbeat, a few at a time.</summary>
    public async Task RegisterAsync(CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(
            _clusters, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
            async (cluster, token) =>
            {
                if (!await HeartbeatAsync(cluster, token).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"The first heartbeat of {cluster} was refused.");
                }
            }).ConfigureAwait(false);

    /// <summary>Starts every poll loop and the heartbeat loop.</summary>
    public void Start()
    {
        for (var agent = 0; agent < _clusters.Count; agent++)
        {
            _loops.Add(PollForeverAsync(agent, _stop.Token));
        }

        _loops.Add(HeartbeatForeverAsync(_stop.Token));
    }

    private async Task PollForeverAsync(int agent, CancellationToken stop)
    {
        var cluster = _clusters[agent];
        var path = new Uri($"/agent/commands?cluster_id={Uri.EscapeDataString(cluster)}&topic=ops", UriKind.Relative);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                string? commandId = null;
                using (var response = await _client.GetAsync(path, stop).ConfigureAwait(false))
                {
                    var bytes = await response.Content.ReadAsByteArrayAsync(stop).ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref _pollErrors);
                        await Task.Delay(PollInterval, stop).ConfigureAwait(false);
                        continue;
                    }

                    using var reply = JsonDocument.Parse(bytes);
                    if (reply.RootElement.GetProperty("hasCommand").GetBoolean())
                    {
                        commandId = reply.RootElement.GetProperty("command").GetProperty("id").GetString();
                    }
                }

                if (commandId is null)
                {
                    await Task.Delay(PollInterval, stop).ConfigureAwait(false);
                    continue;
                }

                var delivery = new Delivery(agent, commandId, Stopwatch.GetTimestamp());
                await _observer.DeliveredAsync(delivery, stop).ConfigureAwait(false);
                await PostResultAsync(cluster, delivery, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException or OperationCanceledException)
            {
                Interlocked.Increment(ref _pollErrors);
                await Task.Delay(PollInterval, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task PostResultAsync(string cluster, Delivery delivery, CancellationToken stop)
    {
        var executedAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var body =
            $$"""{"commandId":"{{delivery.CommandId}}","success":true,"output":"ok","execTime":1234567,"executedAt":"{{executedAt}}"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/result")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Cluster-ID", cluster);
        using var response = await _client.SendAsync(request, stop).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync(stop).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            _observer.ResultRecorded(delivery, Stopwatch.GetTimestamp());
        }
        else
        {
            Interlocked.Increment(ref _resultErrors);
        }
    }

    /// <summary>Heartbeats round-robin, evenly spread so that each agent sends one per 15 s.</summary>
    private async Task HeartbeatForeverAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval / _clusters.Count);
        var next = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                if (!await HeartbeatAsync(_clusters[next++ % _clusters.Count], stop).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _heartbeatErrors);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<bool> HeartbeatAsync(string cluster, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/heartbeat");
        request.Headers.Add("X-Cluster-ID", cluster);
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_loops).ConfigureAwait(false);
        _client.Dispose();
        _stop.Dispose();
    }
}
