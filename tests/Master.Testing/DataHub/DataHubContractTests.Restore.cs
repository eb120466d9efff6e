using Master.DataHub.Changes;
using Master.DataHub.Commands;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    [Test]
    public async Task Every_change_of_a_command_adds_one_to_its_revision()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand());
        var dispatched = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        await Hub.ReturnCommandAsync(command.Id);
        var returned = await Hub.GetCommandAsync(command.Id);
        await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        await Hub.CompleteCommandAsync(Result(command.Id));
        var finished = await Hub.GetCommandAsync(command.Id);

        new[] { command.Revision, dispatched!.Revision, returned!.Revision, finished!.Revision }.Should().Equal(1, 2, 3, 5);
    }

    [Test]
    public async Task Restored_pending_commands_are_delivered_in_the_order_they_were_restored()
    {
        var first = NewCommand() with { Revision = 4 };
        var second = NewCommand();

        var restored = new[] { await Hub.RestoreCommandAsync(first), await Hub.RestoreCommandAsync(second) };

        restored.Should().Equal(true, true);
        (await Hub.CountPendingCommandsAsync()).Should().Be(2);
        var taken = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        taken.Should().Be(first with { Status = CommandStatus.Dispatched, DispatchedAt = Time.GetUtcNow(), Revision = 5 });
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(second.Id);
    }

    [Test]
    public async Task Restored_pending_command_wakes_a_held_poll()
    {
        var wait = StartHeldWait();

        await Hub.RestoreCommandAsync(NewCommand());

        (await Promptly(wait)).Should().NotBeNull();
    }

    [Test]
    public async Task Restored_dispatched_command_takes_its_result_and_is_not_queued()
    {
        var command = NewCommand() with { Status = CommandStatus.Dispatched, DispatchedAt = Time.GetUtcNow(), Revision = 2 };

        await Hub.RestoreCommandAsync(command);
        var outcome = await Hub.CompleteCommandAsync(Result(command.Id));

        (await Hub.CountPendingCommandsAsync()).Should().Be(0);
        outcome.Should().Be(ResultOutcome.Recorded);
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Succeeded);
    }

    [Test]
    public async Task Restored_dispatched_command_still_times_out_at_its_deadline()
    {
        var command = NewCommand() with { Status = CommandStatus.Dispatched, DispatchedAt = Time.GetUtcNow(), Revision = 2 };
        await Hub.RestoreCommandAsync(command);
        Time.Advance(command.ResultTimeout);

        var changed = await Hub.SweepCommandsAsync();

        changed.Select(c => (c.Id, c.Status)).Should().Equal((command.Id, CommandStatus.Timeout));
    }

    [Test]
    public async Task Restore_publishes_nothing_and_leaves_a_command_the_hub_holds_alone()
    {
        var held = await Hub.EnqueueCommandAsync(NewCommand());
        await using var changes = new ChangeRecorder(Hub);

        var restored = await Hub.RestoreCommandAsync(held with { Name = "other", Revision = 9 });
        await Hub.RestoreCommandAsync(NewCommand("c2"));

        restored.Should().BeFalse();
        (await Hub.GetCommandAsync(held.Id)).Should().Be(held);
        (await Hub.CountPendingCommandsAsync()).Should().Be(2);
        await HeartbeatAsync("marker");
        (await changes.NextAsync<AgentOnline>()).ClusterId.Should().Be("marker", "the restores published nothing before it");
    }

    [TestCase(CommandStatus.Succeeded)]
    [TestCase(CommandStatus.Timeout)]
    [TestCase(CommandStatus.Cancelled)]
    public async Task Restore_refuses_a_finished_command(CommandStatus status)
    {
        var restore = async () => await Hub.RestoreCommandAsync(NewCommand() with { Status = status });

        await restore.Should().ThrowAsync<ArgumentException>();
    }
}
