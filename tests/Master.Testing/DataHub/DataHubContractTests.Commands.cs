using Master.DataHub.Changes;
using Master.DataHub.Commands;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    [Test]
    public async Task Enqueue_stores_a_pending_command_and_publishes_its_creation()
    {
        await using var changes = new ChangeRecorder(Hub);
        var command = NewCommand();

        var stored = await Hub.EnqueueCommandAsync(command);

        stored.Should().Be(command);
        (await Hub.GetCommandAsync(command.Id)).Should().Be(command);
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
        var change = await changes.NextAsync<CommandUpdated>();
        change.Command.Should().Be(command);
        change.ClusterId.Should().Be("c1");
    }

    [Test]
    public async Task Enqueue_rejects_a_command_id_that_exists()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand());

        var enqueueAgain = async () => await Hub.EnqueueCommandAsync(command with { });

        await enqueueAgain.Should().ThrowAsync<InvalidOperationException>();
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
    }

    [Test]
    public async Task Wait_takes_the_head_command_at_once_and_marks_it_dispatched()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand());
        Time.Advance(TimeSpan.FromSeconds(3));

        var taken = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, PollTimeout);

        taken.Should().Be(command with { Status = CommandStatus.Dispatched, DispatchedAt = Time.GetUtcNow(), Revision = 2 });
        (await Hub.GetCommandAsync(command.Id)).Should().Be(taken);
        (await Hub.CountPendingCommandsAsync()).Should().Be(0);
    }

    [Test]
    public async Task Queue_is_first_in_first_out_and_each_wait_takes_one_command()
    {
        var a = await Hub.EnqueueCommandAsync(NewCommand());
        var b = await Hub.EnqueueCommandAsync(NewCommand());
        var c = await Hub.EnqueueCommandAsync(NewCommand());

        var first = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, PollTimeout);
        var pendingAfterFirst = await Hub.CountPendingCommandsAsync();
        var second = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, PollTimeout);
        var third = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, PollTimeout);

        new[] { first!.Id, second!.Id, third!.Id }.Should().Equal(a.Id, b.Id, c.Id);
        pendingAfterFirst.Should().Be(2);
    }

    [Test]
    public async Task Zero_timeout_answers_at_once_with_the_head_or_nothing()
    {
        var empty = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        var command = await Hub.EnqueueCommandAsync(NewCommand());

        var taken = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);

        empty.Should().BeNull();
        taken!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Held_wait_is_woken_by_an_enqueue()
    {
        var wait = StartHeldWait();

        var command = await Hub.EnqueueCommandAsync(NewCommand());

        var taken = await Promptly(wait);
        taken!.Id.Should().Be(command.Id);
        taken.Status.Should().Be(CommandStatus.Dispatched);
    }

    [Test]
    public async Task Held_wait_answers_nothing_when_the_timeout_passes()
    {
        var wait = StartHeldWait();

        Time.Advance(PollTimeout - TimeSpan.FromMilliseconds(1));
        var heldJustBeforeTimeout = !wait.IsCompleted;
        Time.Advance(TimeSpan.FromMilliseconds(1));

        (await Promptly(wait)).Should().BeNull();
        heldJustBeforeTimeout.Should().BeTrue();
    }

    [Test]
    public async Task Cancelled_wait_answers_nothing_and_takes_nothing()
    {
        using var clientGone = new CancellationTokenSource();
        var wait = StartHeldWait(cancellationToken: clientGone.Token);

        await clientGone.CancelAsync();
        var answer = await Promptly(wait);
        var command = await Hub.EnqueueCommandAsync(NewCommand());

        answer.Should().BeNull();
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Pending);
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, PollTimeout))!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Wait_with_a_cancelled_token_leaves_a_queued_command_alone()
    {
        var command = await Hub.EnqueueCommandAsync(NewCommand());

        var answer = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, PollTimeout, new CancellationToken(canceled: true));

        answer.Should().BeNull();
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Pending);
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
    }

    [Test]
    public async Task Most_recent_wait_is_served_first()
    {
        var older = StartHeldWait();
        var newer = StartHeldWait();

        var a = await Hub.EnqueueCommandAsync(NewCommand());
        var first = await Promptly(newer);
        var olderHeldAfterFirst = !older.IsCompleted;
        var b = await Hub.EnqueueCommandAsync(NewCommand());

        first!.Id.Should().Be(a.Id);
        olderHeldAfterFirst.Should().BeTrue();
        (await Promptly(older))!.Id.Should().Be(b.Id);
    }

    [Test]
    public async Task Two_held_waits_and_one_command_deliver_it_exactly_once()
    {
        var one = StartHeldWait();
        var two = StartHeldWait();

        var command = await Hub.EnqueueCommandAsync(NewCommand());
        await Promptly(Task.WhenAny(one, two));
        Time.Advance(PollTimeout);
        var answers = await Promptly(Task.WhenAll(one, two));

        answers.OfType<Command>().Should().ContainSingle().Which.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Returned_command_goes_back_to_the_head_as_pending()
    {
        var first = await Hub.EnqueueCommandAsync(NewCommand());
        var second = await Hub.EnqueueCommandAsync(NewCommand());
        await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);

        var returned = await Hub.ReturnCommandAsync(first.Id);

        returned.Should().BeTrue();
        var stored = await Hub.GetCommandAsync(first.Id);
        stored!.Status.Should().Be(CommandStatus.Pending);
        stored.DispatchedAt.Should().BeNull();
        (await Hub.CountPendingCommandsAsync()).Should().Be(2);
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(first.Id);
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(second.Id);
    }

    [Test]
    public async Task Returned_command_wakes_a_held_wait()
    {
        var command = await EnqueueDispatchedAsync();
        var wait = StartHeldWait();

        await Hub.ReturnCommandAsync(command.Id);

        (await Promptly(wait))!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Return_is_refused_for_a_command_that_is_not_dispatched()
    {
        var pending = await Hub.EnqueueCommandAsync(NewCommand());
        var finished = await EnqueueDispatchedAsync("c2");
        await Hub.CompleteCommandAsync(Result(finished.Id));

        var results = new[]
        {
            await Hub.ReturnCommandAsync(pending.Id),
            await Hub.ReturnCommandAsync(finished.Id),
            await Hub.ReturnCommandAsync("no-such-command"),
        };

        results.Should().Equal(false, false, false);
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
    }

    [Test]
    public async Task Topics_are_separate_queues_and_ai_source_selects_the_ai_topic()
    {
        var ai = await Hub.EnqueueCommandAsync(NewCommand(source: "ai"));
        var ops = await Hub.EnqueueCommandAsync(NewCommand(source: "config"));

        var fromAi = await Hub.WaitCommandAsync("c1", CommandTopic.Ai, TimeSpan.Zero);
        var fromOps = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        var opsAgain = await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);

        fromAi!.Id.Should().Be(ai.Id);
        fromOps!.Id.Should().Be(ops.Id);
        opsAgain.Should().BeNull();
    }

    [Test]
    public async Task Held_wait_on_one_topic_is_not_woken_by_the_other()
    {
        var opsWait = StartHeldWait(topic: CommandTopic.Ops);

        await Hub.EnqueueCommandAsync(NewCommand(source: "ai"));
        Time.Advance(PollTimeout);

        (await Promptly(opsWait)).Should().BeNull();
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
    }

    [Test]
    public async Task Clusters_are_separate_queues()
    {
        var c2Wait = StartHeldWait("c2");

        var command = await Hub.EnqueueCommandAsync(NewCommand("c1"));
        Time.Advance(PollTimeout);

        (await Promptly(c2Wait)).Should().BeNull();
        (await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Commands_are_listed_per_cluster_oldest_first()
    {
        var a = await Hub.EnqueueCommandAsync(NewCommand("c1"));
        Time.Advance(TimeSpan.FromSeconds(1));
        var b = await Hub.EnqueueCommandAsync(NewCommand("c2"));
        Time.Advance(TimeSpan.FromSeconds(1));
        var c = await Hub.EnqueueCommandAsync(NewCommand("c1", source: "ai"));
        await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);

        var c1 = await Hub.ListCommandsAsync("c1");
        var all = await Hub.ListCommandsAsync();

        c1.Select(command => (command.Id, command.Status))
            .Should().Equal((a.Id, CommandStatus.Dispatched), (c.Id, CommandStatus.Pending));
        all.Select(command => command.Id).Should().Equal(a.Id, b.Id, c.Id);
    }

    [Test]
    public async Task Pending_count_covers_every_queue_and_only_pending_commands()
    {
        await Hub.EnqueueCommandAsync(NewCommand("c1"));
        await Hub.EnqueueCommandAsync(NewCommand("c1", source: "ai"));
        await Hub.EnqueueCommandAsync(NewCommand("c2"));
        await EnqueueDispatchedAsync("c3");

        var count = await Hub.CountPendingCommandsAsync();

        count.Should().Be(3);
    }
}
