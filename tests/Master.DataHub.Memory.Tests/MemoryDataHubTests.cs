using Master.DataHub.Changes;
using Master.DataHub.Commands;
using Master.DataHub.Memory.Tests.Support;
using Master.Testing.DataHub;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Master.DataHub.Memory.Tests;

[TestFixture]
public sealed class MemoryDataHubTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Health_names_the_memory_backend()
    {
        await using var hub = CreateHub();

        var health = await hub.CheckHealthAsync();

        health.Should().Be(new DataHubHealth(Healthy: true, Backend: "memory"));
    }

    [Test]
    public async Task Only_the_newest_finished_commands_are_retained_and_live_ones_never_drop()
    {
        await using var hub = CreateHub(terminalCommandRetention: 3);
        var live = await hub.EnqueueCommandAsync(NewCommand("live"));
        var finished = new List<Command>();
        for (var i = 0; i < 5; i++)
        {
            var command = await hub.EnqueueCommandAsync(NewCommand($"done-{i}"));
            await hub.CancelCommandAsync(command.Id);
            finished.Add(command);
        }

        var kept = await Task.WhenAll(finished.Select(command => hub.GetCommandAsync(command.Id).AsTask()));
        var lateForForgotten = await hub.CompleteCommandAsync(Result(finished[0].Id));

        kept.Select(command => command?.Id).Should().Equal(null, null, finished[2].Id, finished[3].Id, finished[4].Id);
        (await hub.GetCommandAsync(live.Id))!.Status.Should().Be(CommandStatus.Pending);
        (await hub.ListCommandsAsync()).Should().HaveCount(4);
        lateForForgotten.Should().Be(ResultOutcome.UnknownCommand);
    }

    [Test]
    public async Task Command_handed_to_a_wait_whose_token_fires_in_that_instant_goes_back_to_the_head()
    {
        var clock = new ProbingTimeProvider(_time);
        await using var hub = new MemoryDataHub(Options.Create(new DataHubOptions()), clock, NullLogger<MemoryDataHub>.Instance);
        await using var changes = new ChangeRecorder(hub);
        using var clientGone = new CancellationTokenSource();
        var command = NewCommand("c1");
        var wait = hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.FromSeconds(25), clientGone.Token).AsTask();
        clock.Probe = () =>
        {
            // Runs inside the hand-off, once the command is marked dispatched and before the wait sees it. The memory
            // hub answers reads synchronously, and its lock is re-entrant for the thread that holds it.
            var read = hub.GetCommandAsync(command.Id);
            if (read.IsCompletedSuccessfully && read.Result?.Status == CommandStatus.Dispatched)
            {
                clock.Probe = null;
                clientGone.Cancel();
            }
        };

        await hub.EnqueueCommandAsync(command);
        var answer = await wait.WaitAsync(ChangeRecorder.SafetyTimeout);

        answer.Should().BeNull();
        var statuses = new List<CommandStatus>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await changes.NextAsync<CommandUpdated>()).Command.Status);
        }

        statuses.Should().Equal(CommandStatus.Pending, CommandStatus.Dispatched, CommandStatus.Pending);
        (await hub.GetCommandAsync(command.Id)).Should().Be(command with { Revision = 3 }, "it went back as it was, two changes later");
        (await hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Cancelling_a_subscription_removes_the_subscriber()
    {
        await using var hub = CreateHub();
        using var stop = new CancellationTokenSource();
        _ = hub.SubscribeAsync(stop.Token);
        var subscribed = hub.SubscriberCount;

        await stop.CancelAsync();

        subscribed.Should().Be(1);
        hub.SubscriberCount.Should().Be(0);
    }

    [Test]
    public async Task Disposing_the_enumerator_removes_the_subscriber()
    {
        await using var hub = CreateHub();
        var enumerator = hub.SubscribeAsync().GetAsyncEnumerator();
        await hub.SetSnapshotAsync("c1", new() { ClusterId = "c1" }, "a");
        await enumerator.MoveNextAsync();

        await enumerator.DisposeAsync();

        hub.SubscriberCount.Should().Be(0);
    }

    [Test]
    public async Task Overflowing_subscriber_is_removed()
    {
        await using var hub = CreateHub(new DataHubOptions { ChangeFeedCapacity = 16 });
        _ = hub.SubscribeAsync();

        for (var i = 0; i < 17; i++)
        {
            await hub.SetSnapshotAsync("c1", new() { ClusterId = "c1" }, "a");
        }

        hub.SubscriberCount.Should().Be(0);
    }

    [Test]
    public async Task Negative_wait_timeout_is_rejected()
    {
        await using var hub = CreateHub();

        var wait = async () => await hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.FromSeconds(-1));

        await wait.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Test]
    public async Task Enqueue_rejects_a_command_that_is_not_pending()
    {
        await using var hub = CreateHub();

        var enqueue = async () => await hub.EnqueueCommandAsync(NewCommand("c1") with { Status = CommandStatus.Dispatched });

        await enqueue.Should().ThrowAsync<ArgumentException>();
    }

    [Test]
    public async Task A_started_hub_enforces_deadlines_and_liveness_on_its_own_clock()
    {
        await using var hub = CreateHub();
        await using var changes = new ChangeRecorder(hub);
        await hub.StartAsync();
        await hub.RecordContactAsync("c1", Agents.AgentContact.Heartbeat, Agents.AgentReport.None);
        var command = await hub.EnqueueCommandAsync(NewCommand("c1") with { ExpiresAt = _time.GetUtcNow().AddSeconds(5) });

        // Nobody calls a sweep: the hub's own loop must notice both deadlines once the clock passes them.
        _time.Advance(new DataHubOptions().HeartbeatTimeout + TimeSpan.FromSeconds(1));

        var expired = await changes.NextOfTypeAsync<CommandUpdated>();
        while (expired.Command.Status != CommandStatus.Expired)
        {
            expired = await changes.NextOfTypeAsync<CommandUpdated>();
        }

        expired.Command.Id.Should().Be(command.Id);
        (await hub.GetAgentAsync("c1"))!.Online.Should().BeFalse();
        (await hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero)).Should().BeNull();
    }

    private MemoryDataHub CreateHub(DataHubOptions? options = null, int terminalCommandRetention = 100) =>
        new(Options.Create(options ?? new DataHubOptions()), _time, NullLogger.Instance, terminalCommandRetention);

    private Command NewCommand(string clusterId) => new()
    {
        Id = Guid.NewGuid().ToString(),
        ClusterId = clusterId,
        Action = "restart",
        CreatedAt = _time.GetUtcNow(),
        ExpiresAt = _time.GetUtcNow().AddMinutes(10),
        ResultTimeout = TimeSpan.FromMinutes(2),
    };

    private CommandResult Result(string commandId) => new(commandId, true, null, null, null, null, _time.GetUtcNow());
}
