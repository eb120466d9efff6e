using Master.DataHub.Commands;
using Master.Testing.DataHub;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Master.DataHub.Redis.Tests;

/// <summary>A wake-up published while nobody listened (a reconnect, a dropped message) must not leave a poll waiting.</summary>
[TestFixture]
public sealed class RecheckTests
{
    [Test]
    public async Task Held_poll_gets_a_command_whose_wake_up_was_lost_at_the_next_recheck()
    {
        await using var hubs = new RedisHubs();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var prefix = hubs.NewPrefix();
        var hub = await hubs.CreateAsync(time, new DataHubOptions(), prefix);
        await hub.StartAsync();
        var command = await hub.EnqueueCommandAsync(TestCommands.New(time.GetUtcNow()));

        // Take the command off its queue behind the hub's back, park a poll on the empty queue, and put the command
        // back without the wake-up message the hub would have sent.
        await using var raw = await ConnectionMultiplexer.ConnectAsync(hubs.Endpoint);
        var queue = new RedisKey(prefix + "queue:" + RedisKeys.QueueName("c1", CommandTopic.Ops));
        (await raw.GetDatabase().ListLeftPopAsync(queue)).Should().Be(command.Id);
        var poll = hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.FromMinutes(5)).AsTask();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await raw.GetDatabase().ListRightPushAsync(queue, command.Id);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        poll.IsCompleted.Should().BeFalse("nothing told the hub that the queue has a command");

        time.Advance(new RedisDataHubOptions().PollRecheckInterval);

        (await poll.WaitAsync(TimeSpan.FromSeconds(10)))!.Id.Should().Be(command.Id);
    }
}
