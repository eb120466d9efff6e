using Master.DataHub.Changes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

/// <summary>
/// <see cref="IDataHub"/> on Redis, shared by every Master instance that uses the same server and key prefix. Each state
/// change is one Lua script that also publishes the change, so all instances see one order of events; each instance
/// fans the feed out to its own subscribers, caches decoded snapshots by version, and holds its agents' polls, woken by
/// pub/sub with a periodic re-check. docs/deployment.md has the key layout and the failure cases.
/// </summary>
internal sealed partial class RedisDataHub : IDataHub, IAsyncDisposable, IDisposable
{
    /// <summary>How many finished commands stay readable by id, as in the memory hub.</summary>
    internal const int DefaultTerminalCommandRetention = 10_000;

    private readonly DataHubOptions _options;
    private readonly RedisDataHubOptions _redisOptions;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RedisKeys _keys;
    private readonly ChangeBroadcaster _changes;
    private readonly int _terminalCommandRetention;
    private readonly Lock _sync = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private ConnectionMultiplexer? _connection;
    private bool _subscribed;
    private bool _stopped;
    private CancellationTokenSource? _loopCancellation;
    private Task _loops = Task.CompletedTask;

    public RedisDataHub(
        IOptions<DataHubOptions> options, IOptions<RedisDataHubOptions> redisOptions, TimeProvider time, ILogger<RedisDataHub> logger)
        : this(options, redisOptions, time, logger, DefaultTerminalCommandRetention)
    {
    }

    internal RedisDataHub(
        IOptions<DataHubOptions> options,
        IOptions<RedisDataHubOptions> redisOptions,
        TimeProvider time,
        ILogger logger,
        int terminalCommandRetention)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(redisOptions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(terminalCommandRetention);
        _options = options.Value;
        _redisOptions = redisOptions.Value;
        _time = time;
        _logger = logger;
        _terminalCommandRetention = terminalCommandRetention;
        _keys = new RedisKeys(_redisOptions.Prefix);
        _changes = new ChangeBroadcaster(_options.ChangeFeedCapacity, () => logger.SubscriberCutOff(_options.ChangeFeedCapacity));
    }

    /// <summary>This instance's name in leases.</summary>
    internal string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The hub's clock, to the microsecond Redis stores.</summary>
    private DateTimeOffset Now => RedisTime.Parse(RedisTime.Format(_time.GetUtcNow()));

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            _stopped = false;
        }

        try
        {
            await ConnectAsync().ConfigureAwait(false);
        }
        catch (DataHubUnavailableException exception)
        {
            // Master starts anyway: /readyz says 503 and every call retries the connection until Redis is back.
            _logger.ConnectionLost(ConnectionType.Interactive, ConnectionFailureType.UnableToConnect, exception);
        }

        lock (_sync)
        {
            if (_loopCancellation is null)
            {
                _loopCancellation = new CancellationTokenSource();
                _loops = Task.WhenAll(RunSweepLoopAsync(_loopCancellation.Token), RunRecheckLoopAsync(_loopCancellation.Token));
            }
        }

        // The end points only: a configuration string may hold a password.
        var endpoints = string.Join(", ", ConfigurationOptions.Parse(_redisOptions.Configuration).EndPoints.Select(endpoint => endpoint.ToString()));
        _logger.HubStarted(endpoints, _redisOptions.Prefix, InstanceId);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var (loopCancellation, loops, released) = Halt();
        if (loopCancellation is not null)
        {
            await loopCancellation.CancelAsync().ConfigureAwait(false);
            await loops.WaitAsync(cancellationToken).ConfigureAwait(false);
            loopCancellation.Dispose();
        }

        _logger.HubStopped(released);
    }

    public async ValueTask<DataHubHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            if (_stopped)
            {
                return new DataHubHealth(Healthy: false, Backend: "redis", Detail: "stopped");
            }
        }

        try
        {
            var database = await DatabaseAsync().ConfigureAwait(false);
            await database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);

            // Without the subscription no change reaches this instance and no held poll is woken.
            return IsFeedLive()
                ? new DataHubHealth(Healthy: true, Backend: "redis")
                : new DataHubHealth(Healthy: false, Backend: "redis", Detail: "the change-feed subscription to Redis is reconnecting");
        }
        catch (Exception exception) when (exception is DataHubUnavailableException or RedisException or TimeoutException)
        {
            return new DataHubHealth(Healthy: false, Backend: "redis", Detail: $"Redis is unreachable: {exception.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
    }

    /// <summary>Stops without waiting for the loops to finish (they end at their next await) and closes the connection.</summary>
    public void Dispose()
    {
        var (loopCancellation, _, _) = Halt();
        loopCancellation?.Cancel();
        loopCancellation?.Dispose();
        Interlocked.Exchange(ref _connection, null)?.Dispose();
        _connectGate.Dispose();
    }

    private async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.CloseAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _connectGate.Dispose();
    }

    /// <summary>Refuses new polls, answers the held ones with nothing, ends the change feed and detaches the loops.</summary>
    private (CancellationTokenSource? LoopCancellation, Task Loops, int Released) Halt()
    {
        lock (_sync)
        {
            _stopped = true;
            var released = ReleaseAllWaiters();
            _changes.CompleteAll();
            var loopCancellation = _loopCancellation;
            _loopCancellation = null;
            return (loopCancellation, _loops, released);
        }
    }
}
