using Master.DataHub.Agents;
using Master.DataHub.Changes;
using Master.DataHub.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.DataHub.Memory;

/// <summary>
/// <see cref="IDataHub"/> in process memory, the embedded default. One lock guards all state: every critical section is
/// a few dictionary operations, and a single lock keeps the change feed in exactly the order the state changed.
/// Nothing is awaited while the lock is held; waiters are completed with continuations that run asynchronously.
/// </summary>
internal sealed partial class MemoryDataHub : IDataHub, IAsyncDisposable, IDisposable
{
    /// <summary>How many finished commands stay readable by id; the oldest finished ones are forgotten first.</summary>
    internal const int DefaultTerminalCommandRetention = 10_000;

    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly DataHubOptions _options;
    private readonly ILogger _logger;
    private readonly ChangeBroadcaster _changes;
    private readonly int _terminalCommandRetention;
    private readonly Dictionary<string, StoredSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentState> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<(string ClusterId, CommandTopic Topic), CommandQueue> _queues = [];
    private readonly Queue<string> _terminalCommandIds = new();
    private long _commandSequence;
    private bool _stopped;
    private CancellationTokenSource? _loopCancellation;
    private Task _loop = Task.CompletedTask;

    public MemoryDataHub(IOptions<DataHubOptions> options, TimeProvider time, ILogger<MemoryDataHub> logger)
        : this(options, time, logger, DefaultTerminalCommandRetention)
    {
    }

    internal MemoryDataHub(IOptions<DataHubOptions> options, TimeProvider time, ILogger logger, int terminalCommandRetention)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(terminalCommandRetention);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _terminalCommandRetention = terminalCommandRetention;
        _changes = new ChangeBroadcaster(_options.ChangeFeedCapacity, () => logger.SubscriberCutOff(_options.ChangeFeedCapacity));
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            _stopped = false;
            if (_loopCancellation is null)
            {
                _loopCancellation = new CancellationTokenSource();
                _loop = RunSweepLoopAsync(_loopCancellation.Token);
            }
        }

        _logger.HubStarted(_options.HeartbeatTimeout, _options.LivenessCheckInterval);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var (loopCancellation, loop, released) = Halt();
        if (loopCancellation is not null)
        {
            await loopCancellation.CancelAsync().ConfigureAwait(false);
            await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
            loopCancellation.Dispose();
        }

        _logger.HubStopped(released);
    }

    public ValueTask<DataHubHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            return ValueTask.FromResult(_stopped
                ? new DataHubHealth(Healthy: false, Backend: "memory", Detail: "stopped")
                : new DataHubHealth(Healthy: true, Backend: "memory"));
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>Stops without waiting for the liveness loop to finish (it ends at its next await).</summary>
    public void Dispose()
    {
        var (loopCancellation, _, _) = Halt();
        loopCancellation?.Cancel();
        loopCancellation?.Dispose();
    }

    /// <summary>Refuses new polls, answers the held ones with nothing, ends the change feed and detaches the sweep loop.</summary>
    private (CancellationTokenSource? LoopCancellation, Task Loop, int Released) Halt()
    {
        lock (_sync)
        {
            _stopped = true;
            var released = ReleaseAllWaiters();
            _changes.CompleteAll();
            var loopCancellation = _loopCancellation;
            _loopCancellation = null;
            return (loopCancellation, _loop, released);
        }
    }

    private async Task RunSweepLoopAsync(CancellationToken cancellationToken)
    {
        // PeriodicTimer remembers a tick that fires while a sweep runs, so a fast-forwarded clock is never missed.
        using var timer = new PeriodicTimer(_options.LivenessCheckInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await SweepOfflineAgentsAsync(cancellationToken).ConfigureAwait(false);
                    await SweepCommandsAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _logger.SweepFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
