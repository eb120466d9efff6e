using Master.DataHub.Changes;
using Master.DataHub.Commands;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    [TestCase(true, CommandStatus.Succeeded)]
    [TestCase(false, CommandStatus.Failed)]
    public async Task Result_for_a_dispatched_command_decides_it(bool success, CommandStatus expected)
    {
        var command = await EnqueueDispatchedAsync();
        await using var changes = new ChangeRecorder(Hub);
        Time.Advance(TimeSpan.FromSeconds(2));
        var result = Result(command.Id, success);

        var outcome = await Hub.CompleteCommandAsync(result);

        outcome.Should().Be(ResultOutcome.Recorded);
        var stored = await Hub.GetCommandAsync(command.Id);
        stored.Should().Be(command with { Status = expected, FinishedAt = Time.GetUtcNow(), Result = result, Revision = command.Revision + 1 });
        (await changes.NextAsync<CommandUpdated>()).Command.Should().Be(stored);
    }

    [Test]
    public async Task Result_for_a_pending_command_completes_it_and_takes_it_off_its_queue()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand());

        var outcome = await Hub.CompleteCommandAsync(Result(command.Id));

        outcome.Should().Be(ResultOutcome.Recorded);
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Succeeded);
        (await Hub.CountPendingCommandsAsync()).Should().Be(0);
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero)).Should().BeNull();
    }

    [Test]
    public async Task Second_result_is_a_duplicate_and_changes_nothing()
    {
        var command = await EnqueueDispatchedAsync();
        await Hub.CompleteCommandAsync(Result(command.Id, success: true, output: "first"));
        var decided = await Hub.GetCommandAsync(command.Id);
        Time.Advance(TimeSpan.FromSeconds(5));

        var outcome = await Hub.CompleteCommandAsync(Result(command.Id, success: false, output: "second"));

        outcome.Should().Be(ResultOutcome.Duplicate);
        (await Hub.GetCommandAsync(command.Id)).Should().Be(decided);
    }

    [Test]
    public async Task Result_after_timeout_is_kept_as_late_and_the_status_stays()
    {
        var command = await EnqueueDispatchedAsync();
        Time.Advance(command.ResultTimeout + TimeSpan.FromSeconds(1));
        await Hub.SweepCommandsAsync();
        var timedOut = await Hub.GetCommandAsync(command.Id);
        var late = Result(command.Id, output: "late");

        var outcome = await Hub.CompleteCommandAsync(late);
        var again = await Hub.CompleteCommandAsync(Result(command.Id, output: "later"));

        outcome.Should().Be(ResultOutcome.Late);
        again.Should().Be(ResultOutcome.Duplicate);
        (await Hub.GetCommandAsync(command.Id)).Should().Be(timedOut! with { LateResult = late, Revision = timedOut.Revision + 1 });
    }

    [Test]
    public async Task Result_for_an_expired_or_cancelled_command_is_ignored()
    {
        var cancelled = await Hub.EnqueueCommandAsync(NewCommand("c1"));
        await Hub.CancelCommandAsync(cancelled.Id);
        var expired = await Hub.EnqueueCommandAsync(NewCommand("c2", expiry: TimeSpan.FromMinutes(1)));
        Time.Advance(TimeSpan.FromMinutes(2));
        await Hub.SweepCommandsAsync();

        var outcomes = new[]
        {
            await Hub.CompleteCommandAsync(Result(cancelled.Id)),
            await Hub.CompleteCommandAsync(Result(expired.Id)),
        };

        outcomes.Should().Equal(ResultOutcome.Ignored, ResultOutcome.Ignored);
        (await Hub.GetCommandAsync(cancelled.Id))!.Should().Match<Command>(c => c.Status == CommandStatus.Cancelled && c.Result == null);
        (await Hub.GetCommandAsync(expired.Id))!.Should().Match<Command>(c => c.Status == CommandStatus.Expired && c.Result == null);
    }

    [Test]
    public async Task Result_for_an_unknown_command_is_reported_as_such()
    {
        var outcome = await Hub.CompleteCommandAsync(Result("no-such-command"));

        outcome.Should().Be(ResultOutcome.UnknownCommand);
        (await Hub.GetCommandAsync("no-such-command")).Should().BeNull();
    }

    [Test]
    public async Task Concurrent_results_for_one_command_apply_exactly_one()
    {
        var command = await EnqueueDispatchedAsync();
        using var start = new SemaphoreSlim(0);
        var results = Enumerable.Range(0, 16).Select(i => Result(command.Id, success: i % 2 == 0, output: $"r{i}")).ToList();
        var posts = results.Select(result => Task.Run(async () =>
        {
            await start.WaitAsync();
            return (result, outcome: await Hub.CompleteCommandAsync(result));
        })).ToList();

        start.Release(results.Count);
        var outcomes = await Promptly(Task.WhenAll(posts));

        var winner = outcomes.Should().ContainSingle(o => o.outcome == ResultOutcome.Recorded).Subject.result;
        outcomes.Count(o => o.outcome == ResultOutcome.Duplicate).Should().Be(15);
        var stored = await Hub.GetCommandAsync(command.Id);
        stored!.Result.Should().Be(winner);
        stored.Status.Should().Be(winner.Success ? CommandStatus.Succeeded : CommandStatus.Failed);
    }

    [Test]
    public async Task Cancel_makes_a_pending_command_cancelled_and_it_is_never_delivered()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand());
        Time.Advance(TimeSpan.FromSeconds(1));

        var outcome = await Hub.CancelCommandAsync(command.Id);

        outcome.Should().Be(CancelOutcome.Cancelled);
        (await Hub.GetCommandAsync(command.Id)).Should().Be(
            command with { Status = CommandStatus.Cancelled, FinishedAt = Time.GetUtcNow(), Revision = 2 });
        (await Hub.CountPendingCommandsAsync()).Should().Be(0);
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero)).Should().BeNull();
    }

    [Test]
    public async Task Cancel_refuses_commands_that_are_not_pending()
    {
        var dispatched = await EnqueueDispatchedAsync("c1");
        var finished = await EnqueueDispatchedAsync("c2");
        await Hub.CompleteCommandAsync(Result(finished.Id));

        var outcomes = new[]
        {
            await Hub.CancelCommandAsync(dispatched.Id),
            await Hub.CancelCommandAsync(finished.Id),
            await Hub.CancelCommandAsync("no-such-command"),
        };

        outcomes.Should().Equal(CancelOutcome.NotPending, CancelOutcome.NotPending, CancelOutcome.UnknownCommand);
        (await Hub.GetCommandAsync(dispatched.Id))!.Status.Should().Be(CommandStatus.Dispatched);
    }

    [Test]
    public async Task Sweep_expires_pending_commands_past_their_expiry_and_drops_them_from_the_queue()
    {
        var old = await Hub.EnqueueCommandAsync(NewCommand(expiry: TimeSpan.FromMinutes(10)));
        Time.Advance(TimeSpan.FromMinutes(5));
        var young = await Hub.EnqueueCommandAsync(NewCommand(expiry: TimeSpan.FromMinutes(10)));
        Time.Advance(TimeSpan.FromMinutes(5));

        var changed = await Hub.SweepCommandsAsync();

        changed.Should().Equal(old with { Status = CommandStatus.Expired, FinishedAt = Time.GetUtcNow(), Revision = 2 });
        (await Hub.GetCommandAsync(old.Id)).Should().Be(changed[0]);
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(young.Id);
    }

    [Test]
    public async Task Sweep_times_out_dispatched_commands_past_their_result_timeout()
    {
        var command = await EnqueueDispatchedAsync();
        Time.Advance(command.ResultTimeout - TimeSpan.FromSeconds(1));
        var early = await Hub.SweepCommandsAsync();
        Time.Advance(TimeSpan.FromSeconds(2));
        await using var changes = new ChangeRecorder(Hub);

        var changed = await Hub.SweepCommandsAsync();

        early.Should().BeEmpty();
        changed.Should().Equal(command with { Status = CommandStatus.Timeout, FinishedAt = Time.GetUtcNow(), Revision = command.Revision + 1 });
        (await changes.NextAsync<CommandUpdated>()).Command.Should().Be(changed[0]);
    }

    [Test]
    public async Task Expired_command_is_never_delivered_even_before_a_sweep_runs()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand(expiry: TimeSpan.FromMinutes(1)));
        Time.Advance(TimeSpan.FromMinutes(1));

        var answer = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        await Hub.SweepCommandsAsync();

        answer.Should().BeNull();
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Expired);
    }

    [Test]
    public async Task Finished_commands_remain_readable_by_id()
    {
        var command = await EnqueueDispatchedAsync();
        await Hub.CompleteCommandAsync(Result(command.Id));

        var stored = await Hub.GetCommandAsync(command.Id);
        var listed = await Hub.ListCommandsAsync("c1");

        stored!.Status.Should().Be(CommandStatus.Succeeded);
        listed.Should().ContainSingle().Which.Should().Be(stored);
    }

    [Test]
    public async Task Removing_a_cluster_forgets_its_state_and_expires_its_queued_commands()
    {
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        await HeartbeatAsync("c1");
        var dispatched = await EnqueueDispatchedAsync("c1");
        var ops = await Hub.EnqueueCommandAsync(NewCommand("c1"));
        var ai = await Hub.EnqueueCommandAsync(NewCommand("c1", source: "ai"));
        var other = await Hub.EnqueueCommandAsync(NewCommand("c2"));
        await using var changes = new ChangeRecorder(Hub);

        var removed = await Hub.RemoveClusterAsync("c1");

        removed.Should().BeTrue();
        (await Hub.GetSnapshotAsync("c1")).Should().BeNull();
        (await Hub.GetAgentAsync("c1")).Should().BeNull();
        (await Hub.GetCommandAsync(ops.Id))!.Status.Should().Be(CommandStatus.Expired);
        (await Hub.GetCommandAsync(ai.Id))!.Status.Should().Be(CommandStatus.Expired);
        (await Hub.GetCommandAsync(dispatched.Id))!.Status.Should().Be(CommandStatus.Dispatched);
        (await Hub.GetCommandAsync(other.Id))!.Status.Should().Be(CommandStatus.Pending);
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
        (await changes.NextOfTypeAsync<ClusterRemoved>()).Should().Be(new ClusterRemoved("c1", Time.GetUtcNow()));
    }

    [Test]
    public async Task Removing_an_unknown_cluster_is_refused()
    {
        await HeartbeatAsync("c1");

        var removed = await Hub.RemoveClusterAsync("c2");

        removed.Should().BeFalse();
        (await Hub.GetAgentAsync("c1")).Should().NotBeNull();
    }
}
