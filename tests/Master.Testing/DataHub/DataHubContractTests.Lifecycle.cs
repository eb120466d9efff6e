using Master.DataHub.Commands;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    [Test]
    public async Task Stop_answers_every_held_wait_with_nothing()
    {
        await Hub.StartAsync();
        var waits = new[]
        {
            StartHeldWait("c1", CommandTopic.Ops),
            StartHeldWait("c1", CommandTopic.Ai),
            StartHeldWait("c2", CommandTopic.Ops),
        };

        await Hub.StopAsync();

        (await Promptly(Task.WhenAll(waits))).Should().AllSatisfy(answer => answer.Should().BeNull());
    }

    [Test]
    public async Task Stop_ends_every_change_feed_subscription()
    {
        await Hub.StartAsync();
        var subscription = Hub.SubscribeAsync().GetAsyncEnumerator();
        var next = subscription.MoveNextAsync().AsTask();

        await Hub.StopAsync();

        (await Promptly(next)).Should().BeFalse("a stopped hub publishes nothing more, so its readers must not wait");
        await subscription.DisposeAsync();
    }

    [Test]
    public async Task Stop_keeps_queued_commands()
    {
        await Hub.StartAsync();
        var command = await Hub.EnqueueCommandAsync(NewCommand());

        await Hub.StopAsync();

        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Pending);
        (await Hub.CountPendingCommandsAsync()).Should().Be(1);
    }

    [Test]
    public async Task Started_hub_reports_itself_healthy()
    {
        await Hub.StartAsync();

        var health = await Hub.CheckHealthAsync();

        health.Healthy.Should().BeTrue();
        health.Backend.Should().NotBeNullOrWhiteSpace();
        health.Detail.Should().BeNull();
    }

    [Test]
    public async Task Stopped_hub_reports_itself_unhealthy_and_says_why()
    {
        await Hub.StartAsync();

        await Hub.StopAsync();
        var health = await Hub.CheckHealthAsync();

        health.Healthy.Should().BeFalse();
        health.Detail.Should().NotBeNullOrWhiteSpace();
    }
}
