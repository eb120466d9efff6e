using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Master.DataHub;
using Master.DataHub.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Perfolizer.Mathematics.OutlierDetection;

namespace Master.Benchmarks;

/// <summary>
/// How long a command takes to reach an agent that is already parked in a long-poll, while 1,000 agents are parked:
/// enqueue, wake the waiter, write the reply over a real loopback socket, read and parse it in the client. One
/// delivery per iteration, so the percentile columns are percentiles of single deliveries. With the Redis hub the
/// command is enqueued through a second instance sharing the Redis state, so each delivery crosses instances: the
/// agents are parked on one, the submission comes through the other.
/// </summary>
[Config(typeof(TailLatencyConfig))]
[GcServer(true)] // as Master.Host runs: a web app gets the server GC
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 100, iterationCount: 2_000, invocationCount: 1)]
[Outliers(OutlierMode.DontRemove)]
[MemoryDiagnoser]
public class CommandDeliveryBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private IDataHub _hub = null!;
    private BenchHub _benchHub = null!;
    private ServiceProvider? _submitter;
    private CancellationTokenSource _stop = null!;
    private MeterListener _listener = null!;
    private Task[] _agents = [];
    private TaskCompletionSource[] _delivered = [];
    private long _parked;
    private int _next;

    [Params(1_000)]
    public int ParkedPolls { get; set; }

    [Params(BenchHub.Memory, BenchHub.Redis)]
    public string Hub { get; set; } = BenchHub.Memory;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _benchHub = new BenchHub(Hub);
        _benchHub.AddTo(builder.Services);
        builder.Services.AddMasterProcessor();
        builder.Services.AddAgentSdk();
        _app = builder.Build();
        _app.MapAgentSdk();
        await _app.StartAsync();
        var address = _app.Urls.Single();
        _hub = _app.Services.GetRequiredService<IDataHub>();
        if (Hub == BenchHub.Redis)
        {
            var submitter = new ServiceCollection().AddLogging();
            _benchHub.AddTo(submitter);
            _submitter = submitter.BuildServiceProvider();
            _hub = _submitter.GetRequiredService<IDataHub>();
            await _hub.StartAsync();
        }

        _listener = new MeterListener();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "master_agent_polls_parked")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, delta, _, _) => Interlocked.Add(ref _parked, delta));
        _listener.Start();

        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(address),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _stop = new CancellationTokenSource();
        _delivered = new TaskCompletionSource[ParkedPolls];
        _agents = [.. Enumerable.Range(0, ParkedPolls).Select(agent => PollForeverAsync(agent, _stop.Token))];
        while (Interlocked.Read(ref _parked) < ParkedPolls)
        {
            await Task.Delay(50);
        }
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _stop.CancelAsync();
        await _app.StopAsync();
        await Task.WhenAll(_agents);
        _listener.Dispose();
        _client.Dispose();
        await _app.DisposeAsync();
        if (_submitter is not null)
        {
            await _hub.StopAsync();
            await _submitter.DisposeAsync();
        }

        await _benchHub.DisposeAsync();
        _stop.Dispose();
    }

    [Benchmark(Description = "enqueue -> reply read by a parked agent")]
    public async Task DeliverToParkedAgent()
    {
        var agent = _next++ % ParkedPolls;
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _delivered[agent], delivered);
        var now = DateTimeOffset.UtcNow;
        await _hub.EnqueueCommandAsync(new Command
        {
            Id = Guid.NewGuid().ToString("N"),
            ClusterId = Cluster(agent),
            Action = "restart",
            Kind = "Deployment",
            Namespace = "default",
            Name = "web",
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(5),
            ResultTimeout = TimeSpan.FromMinutes(2),
        });
        await delivered.Task;
    }

    private static string Cluster(int agent) => $"bench-{agent:D4}";

    /// <summary>What an agent does: poll, handle what arrives, poll again at once.</summary>
    private async Task PollForeverAsync(int agent, CancellationToken stop)
    {
        var path = $"/agent/commands?cluster_id={Cluster(agent)}&topic=ops";
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await _client.GetAsync(path, stop);
                await using var body = await response.Content.ReadAsStreamAsync(stop);
                using var reply = await JsonDocument.ParseAsync(body, cancellationToken: stop);
                if (reply.RootElement.GetProperty("hasCommand").GetBoolean())
                {
                    Volatile.Read(ref _delivered[agent])?.TrySetResult();
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException)
            {
                // Stopping: the server answers held polls and closes.
            }
        }
    }
}
