using Master.DataHub;
using Master.DataHub.Agents;
using Master.DataHub.Commands;
using Master.DataHub.Snapshots;
using Microsoft.Extensions.Time.Testing;

namespace Master.Testing.DataHub;

/// <summary>
/// The behaviour every <see cref="IDataHub"/> backend promises, written once. A backend's test project derives one
/// fixture and implements <see cref="CreateHubAsync"/>. Time is a <see cref="FakeTimeProvider"/>: a hub must read the
/// clock and arm its timers (poll timeouts, the liveness loop) through the provider it is given, and must have armed a
/// poll's timeout by the time <see cref="ICommandStore.WaitCommandAsync"/> returns an uncompleted task, so that advancing
/// the clock right after the call is seen.
/// </summary>
public abstract partial class DataHubContractTests
{
    /// <summary>The hold used by the poll tests, as Master's default.</summary>
    protected static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(25);

    private readonly List<IDataHub> _hubs = [];

    /// <summary>The clock every hub of the test reads; starts at 2026-01-01T00:00:00Z.</summary>
    protected FakeTimeProvider Time { get; private set; } = null!;

    /// <summary>The hub under test, built with <see cref="DefaultOptions"/>.</summary>
    protected IDataHub Hub { get; private set; } = null!;

    /// <summary>Options of <see cref="Hub"/>: 45 s heartbeat timeout, 1 s liveness interval.</summary>
    protected static DataHubOptions DefaultOptions => new()
    {
        HeartbeatTimeout = TimeSpan.FromSeconds(45),
        LivenessCheckInterval = TimeSpan.FromSeconds(1),
        ChangeFeedCapacity = 1024,
    };

    /// <summary>Creates an empty, isolated hub of the backend under test (not started).</summary>
    protected abstract Task<IDataHub> CreateHubAsync(TimeProvider time, DataHubOptions options);

    /// <summary>Creates the fake clock and the hub.</summary>
    [SetUp]
    public async Task SetUpHubAsync()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Hub = await CreateTrackedHubAsync(DefaultOptions);
    }

    /// <summary>Stops and disposes every hub the test created.</summary>
    [TearDown]
    public async Task TearDownHubsAsync()
    {
        foreach (var hub in _hubs)
        {
            await hub.StopAsync();
            if (hub is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        _hubs.Clear();
    }

    /// <summary>Creates a further hub on <see cref="Time"/>, torn down with the test.</summary>
    protected async Task<IDataHub> CreateTrackedHubAsync(DataHubOptions options)
    {
        var hub = await CreateHubAsync(Time, options);
        _hubs.Add(hub);
        return hub;
    }

    /// <summary>A minimal snapshot of a cluster.</summary>
    protected static ClusterSnapshot Snapshot(string clusterId) => new() { ClusterId = clusterId };

    /// <summary>A new pending command created now; <paramref name="source"/> <c>ai</c> routes it to the ai topic.</summary>
    protected Command NewCommand(
        string clusterId = "c1", string? source = "web", TimeSpan? expiry = null, TimeSpan? resultTimeout = null) =>
        TestCommands.New(Time.GetUtcNow(), clusterId, source, expiry, resultTimeout);

    /// <summary>A result for a command, received now.</summary>
    protected CommandResult Result(string commandId, bool success = true, string? output = "done") =>
        new(commandId, success, output, success ? null : "failed", 61_234_567, Time.GetUtcNow(), Time.GetUtcNow());

    /// <summary>Enqueues a command and takes it with a poll, so it is dispatched.</summary>
    protected async Task<Command> EnqueueDispatchedAsync(string clusterId = "c1")
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand(clusterId));
        var taken = await Hub.WaitCommandAsync(clusterId, CommandTopic.Ops, TimeSpan.Zero);
        taken!.Id.Should().Be(command.Id);
        return taken;
    }

    /// <summary>Starts a poll that is expected to be held, asserting it did not answer at once.</summary>
    protected Task<Command?> StartHeldWait(
        string clusterId = "c1", CommandTopic topic = CommandTopic.Ops, CancellationToken cancellationToken = default)
    {
        var wait = Hub.WaitCommandAsync(clusterId, topic, PollTimeout, cancellationToken).AsTask();
        wait.IsCompleted.Should().BeFalse("the queue is empty, so the poll is held");
        return wait;
    }

    /// <summary>Awaits a task that should complete promptly, failing instead of hanging when it does not.</summary>
    protected static Task<T> Promptly<T>(Task<T> task) => task.WaitAsync(ChangeRecorder.SafetyTimeout);

    /// <summary>Records a heartbeat with no self-description.</summary>
    protected ValueTask<AgentState> HeartbeatAsync(string clusterId = "c1") =>
        Hub.RecordContactAsync(clusterId, AgentContact.Heartbeat, AgentReport.None);
}
