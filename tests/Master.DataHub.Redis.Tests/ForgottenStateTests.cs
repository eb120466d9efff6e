using Master.DataHub.Commands;
using Master.Testing.DataHub;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Master.DataHub.Redis.Tests;

/// <summary>
/// The hub carries on when Redis forgets something it relies on: the scripts it sends by hash (a restart, SCRIPT FLUSH),
/// a wake-up message published while nobody listened (a reconnect, a dropped message).
/// </summary>
[TestFixture]
public sealed class ForgottenStateTests
{
    private RedisHubs _hubs = null!;
    private FakeTimeProvider _time = null!;
    private string _prefix = null!;
    private RedisDataHub _hub = null!;

    [SetUp]
    public async Task CreateHubAsync()
    {
        _hubs = new RedisHubs();
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _prefix = _hubs.NewPrefix();
        _hub = await _hubs.CreateAsync(_time, new DataHubOptions(), _prefix);
    }

    [TearDown]
    public async Task DisposeHubAsync() => await _hubs.DisposeAsync();

    [Test]
    public async Task Hub_keeps_working_after_the_server_forgets_its_scripts()
    {
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(_hubs.Endpoint + ",allowAdmin=true"))
        {
            await admin.GetServers()[0].ScriptFlushAsync();
        }

        var command = await _hub.EnqueueCommandAsync(TestCommands.New(_time.GetUtcNow()));

        (await _hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Held_poll_gets_a_command_whose_wake_up_was_lost_at_the_next_recheck()
    {
        await _hub.StartAsync();
        var command = await _hub.EnqueueCommandAsync(TestCommands.New(_time.GetUtcNow()));

        // Take the command off its queue behind the hub's back, park a poll on the empty queue, and put the command
        // back without the wake-up message the hub would have sent.
        await using var raw = await ConnectionMultiplexer.ConnectAsync(_hubs.Endpoint);
        var queue = new RedisKey(_prefix + "queue:" + RedisKeys.QueueName("c1", CommandTopic.Ops));
        (await raw.GetDatabase().ListLeftPopAsync(queue)).Should().Be(command.Id);
        var poll = _hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.FromMinutes(5)).AsTask();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await raw.GetDatabase().ListRightPushAsync(queue, command.Id);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        poll.IsCompleted.Should().BeFalse("nothing told the hub that the queue has a command");

        _time.Advance(new RedisDataHubOptions().PollRecheckInterval);

        (await poll.WaitAsync(TimeSpan.FromSeconds(10)))!.Id.Should().Be(command.Id);
    }
}
