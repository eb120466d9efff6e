using Master.DataHub.Commands;
using Master.Testing.DataHub;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Master.DataHub.Redis.Tests;

/// <summary>The hub sends its scripts by hash; a server that forgot them (restarted, or SCRIPT FLUSH) must not break it.</summary>
[TestFixture]
public sealed class ScriptCacheTests
{
    [Test]
    public async Task Hub_keeps_working_after_the_server_forgets_its_scripts()
    {
        await using var hubs = new RedisHubs();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var hub = await hubs.CreateAsync(time, new DataHubOptions(), hubs.NewPrefix());
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(hubs.Endpoint + ",allowAdmin=true"))
        {
            await admin.GetServers()[0].ScriptFlushAsync();
        }

        var command = await hub.EnqueueCommandAsync(TestCommands.New(time.GetUtcNow()));

        (await hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(command.Id);
    }
}
