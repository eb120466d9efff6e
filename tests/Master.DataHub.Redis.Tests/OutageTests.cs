using Master.DataHub.Changes;
using Master.DataHub.Commands;
using Master.DataHub.Snapshots;
using Master.Testing.DataHub;
using Master.Testing.Servers;
using Master.Testing.Waiting;
using Microsoft.Extensions.Time.Testing;

namespace Master.DataHub.Redis.Tests;

/// <summary>Redis stopped and started again under a running hub: clear failures meanwhile, then back by itself, nothing lost.</summary>
[TestFixture]
public sealed class OutageTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Hub_fails_clearly_while_Redis_is_down_and_recovers_by_itself_with_nothing_lost()
    {
        await using var server = await RedisServerProcess.StartNewAsync();
        await using var hubs = new RedisHubs(server.Endpoint);
        var hub = await hubs.CreateAsync(_time, new DataHubOptions(), hubs.NewPrefix(), operationTimeout: TimeSpan.FromSeconds(1));
        await hub.StartAsync();
        var queued = await hub.EnqueueCommandAsync(NewCommand("c2"));
        await hub.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "before");
        await using var feed = hub.SubscribeAsync().GetAsyncEnumerator();
        var nextChange = feed.MoveNextAsync().AsTask();
        var heldPoll = hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.FromSeconds(25)).AsTask();

        await server.StopAsync();

        await FluentActions.Awaiting(() => heldPoll.WaitAsync(ChangeRecorder.SafetyTimeout))
            .Should().ThrowAsync<DataHubUnavailableException>("a held poll must not answer 'no command' for a hub it cannot reach");
        await FluentActions.Awaiting(() => nextChange.WaitAsync(ChangeRecorder.SafetyTimeout))
            .Should().ThrowAsync<ChangeFeedOverflowException>("subscribers may miss changes and must re-read state");
        await FluentActions.Awaiting(() => hub.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "during").AsTask())
            .Should().ThrowAsync<DataHubUnavailableException>();
        await FluentActions.Awaiting(() => hub.WaitCommandAsync("c2", CommandTopic.Ops, TimeSpan.FromSeconds(25)).AsTask())
            .Should().ThrowAsync<DataHubUnavailableException>();
        var down = await hub.CheckHealthAsync();
        down.Healthy.Should().BeFalse();
        down.Detail.Should().Contain("Redis");

        await server.StartAsync();

        await Eventually.TrueAsync(async () => (await hub.CheckHealthAsync()).Healthy);
        (await hub.GetSnapshotAsync("c1"))!.ContentHash.Should().Be("before", "the failed write changed nothing");
        (await hub.WaitCommandAsync("c2", CommandTopic.Ops, TimeSpan.Zero))!.Id.Should().Be(queued.Id, "a command queued before the outage is kept");
        await using var changes = new ChangeRecorder(hub);
        await hub.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "after");
        (await changes.NextAsync<SnapshotUpdated>()).Version.Should().Be(2);
    }

    [Test]
    public async Task Hub_started_while_Redis_is_down_comes_up_when_it_is_back()
    {
        await using var server = await RedisServerProcess.StartNewAsync();
        await server.StopAsync();
        await using var hubs = new RedisHubs(server.Endpoint);

        var hub = hubs.CreateUnconnected(_time, new DataHubOptions(), hubs.NewPrefix(), TimeSpan.FromSeconds(1));
        await hub.StartAsync();
        (await hub.CheckHealthAsync()).Healthy.Should().BeFalse();
        await FluentActions.Awaiting(() => hub.GetAgentAsync("c1").AsTask()).Should().ThrowAsync<DataHubUnavailableException>();
        await server.StartAsync();

        await Eventually.TrueAsync(async () => (await hub.CheckHealthAsync()).Healthy);
        var stored = await hub.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "h");
        stored.Version.Should().Be(1);
    }

    private Command NewCommand(string clusterId) => new()
    {
        Id = Guid.NewGuid().ToString(),
        ClusterId = clusterId,
        Action = "restart",
        CreatedAt = _time.GetUtcNow(),
        ExpiresAt = _time.GetUtcNow().AddMinutes(10),
        ResultTimeout = TimeSpan.FromMinutes(2),
    };
}
