using Master.DataHub;
using Master.DataHub.Agents;
using Master.DataHub.Changes;
using Master.DataHub.Commands;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    [Test]
    public async Task Changes_arrive_in_the_order_they_happened()
    {
        await using var changes = new ChangeRecorder(Hub);

        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        await Hub.RecordContactAsync("c1", AgentContact.Snapshot, AgentReport.None);
        var command = await Hub.EnqueueCommandAsync(NewCommand());
        await Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        await Hub.CompleteCommandAsync(Result(command.Id));
        await Hub.RemoveClusterAsync("c1");

        var received = new List<Change>();
        for (var i = 0; i < 6; i++)
        {
            received.Add(await changes.NextAsync());
        }

        received.Select(Describe).Should().Equal(
            "SnapshotUpdated c1",
            "AgentOnline c1",
            "CommandUpdated c1 Pending",
            "CommandUpdated c1 Dispatched",
            "CommandUpdated c1 Succeeded",
            "ClusterRemoved c1");
    }

    [Test]
    public async Task Changes_from_before_subscribing_are_not_replayed()
    {
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        await using var changes = new ChangeRecorder(Hub);

        await Hub.SetSnapshotAsync("c2", Snapshot("c2"), "b");

        (await changes.NextAsync<SnapshotUpdated>()).ClusterId.Should().Be("c2");
    }

    [Test]
    public async Task Every_subscriber_receives_every_change()
    {
        await using var first = new ChangeRecorder(Hub);
        await using var second = new ChangeRecorder(Hub);

        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "b");

        foreach (var recorder in new[] { first, second })
        {
            (await recorder.NextAsync<SnapshotUpdated>()).Version.Should().Be(1);
            (await recorder.NextAsync<SnapshotUpdated>()).Version.Should().Be(2);
        }
    }

    [Test]
    public async Task Slow_subscriber_is_cut_off_with_overflow_while_writers_and_others_keep_going()
    {
        const int Capacity = 16;
        var hub = await CreateTrackedHubAsync(new DataHubOptions { ChangeFeedCapacity = Capacity });
        using var stop = new CancellationTokenSource();
        var slow = hub.SubscribeAsync(stop.Token);
        await using var fast = new ChangeRecorder(hub);

        for (var version = 1; version <= Capacity * 3; version++)
        {
            var stored = await hub.SetSnapshotAsync("c1", Snapshot("c1"), $"h{version}");
            stored.Version.Should().Be(version);
            (await fast.NextAsync<SnapshotUpdated>()).Version.Should().Be(version);
        }

        var readBeforeCutOff = new List<long>();
        var readSlow = async () =>
        {
            await foreach (var change in slow)
            {
                readBeforeCutOff.Add(((SnapshotUpdated)change).Version);
            }
        };
        await readSlow.Should().ThrowAsync<ChangeFeedOverflowException>();
        readBeforeCutOff.Should().Equal(Enumerable.Range(1, Capacity).Select(v => (long)v));
        await stop.CancelAsync();
    }

    [Test]
    public async Task Cancelling_a_subscription_ends_its_stream()
    {
        using var stop = new CancellationTokenSource();
        var changes = Hub.SubscribeAsync(stop.Token);
        await using var enumerator = changes.GetAsyncEnumerator();
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        (await enumerator.MoveNextAsync()).Should().BeTrue();

        var readAfterCancel = async () =>
        {
            var next = enumerator.MoveNextAsync().AsTask();
            await stop.CancelAsync();
            await next.WaitAsync(ChangeRecorder.SafetyTimeout);
        };

        await readAfterCancel.Should().ThrowAsync<OperationCanceledException>();
    }

    private static string Describe(Change change) => change switch
    {
        CommandUpdated updated => $"CommandUpdated {updated.ClusterId} {updated.Command.Status}",
        _ => $"{change.GetType().Name} {change.ClusterId}",
    };
}
