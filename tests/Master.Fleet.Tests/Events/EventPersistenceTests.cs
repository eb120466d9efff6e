using Master.Database.Events;
using Master.DataHub.Snapshots;
using Master.Fleet.Tests.Support;
using Master.Testing.Waiting;

namespace Master.Fleet.Tests.Events;

/// <summary>Snapshots stored in the real memory hub reach the event history in a real SQLite file, off the request path.</summary>
public sealed class EventPersistenceTests
{
    private ScratchDatabase _database = null!;

    [SetUp]
    public void CreateDatabase() => _database = ScratchDatabase.Sqlite();

    [TearDown]
    public async Task DropDatabaseAsync() => await _database.DisposeAsync();

    [Test]
    public async Task The_events_of_a_stored_snapshot_are_persisted_with_their_node_and_involved_uid()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);

        await fleet.Hub.SetSnapshotAsync("c1", Snapshot(count: 3), "h1");

        var page = await EventsOfAsync(fleet, "c1", expected: 3);
        var backOff = page.Single(e => e.Reason == "BackOff");
        backOff.Node.Should().Be("node-a", "a pod event concerns the node its pod runs on");
        backOff.InvolvedUid.Should().Be("pod-uid-1");
        backOff.Count.Should().Be(3);
        page.Single(e => e.Reason == "NodeNotReady").Node.Should().Be("node-b");
        page.Single(e => e.Reason == "ScalingReplicaSet").Node.Should().BeEmpty();
    }

    [Test]
    public async Task A_re_sent_event_updates_its_row_and_never_inflates_the_count()
    {
        await using var fleet = await FleetHarness.StartAsync(_database);
        await fleet.Hub.SetSnapshotAsync("c1", Snapshot(count: 3), "h1");
        await EventsOfAsync(fleet, "c1", expected: 3);

        await fleet.Hub.SetSnapshotAsync("c1", Snapshot(count: 7), "h2");

        await Eventually.TrueAsync(async () =>
            (await fleet.Events.ListAsync(new ClusterEventQuery(ClusterId: "c1", Reason: "BackOff"))).Items.Single().Count == 7);
        (await fleet.Events.CountAsync(new ClusterEventQuery(ClusterId: "c1"))).Should().Be(3);
    }

    [Test]
    public async Task Events_of_the_last_snapshot_before_a_stop_are_persisted()
    {
        var fleet = await FleetHarness.StartAsync(_database);
        await fleet.Hub.SetSnapshotAsync("c1", Snapshot(count: 1), "h1");
        await fleet.DisposeAsync();

        await using var restarted = await FleetHarness.StartAsync(_database);
        (await restarted.Events.CountAsync(new ClusterEventQuery(ClusterId: "c1"))).Should().Be(3);
    }

    private static async Task<IReadOnlyList<ClusterEventRecord>> EventsOfAsync(FleetHarness fleet, string clusterId, int expected)
    {
        var query = new ClusterEventQuery(ClusterId: clusterId);
        await Eventually.TrueAsync(async () => await fleet.Events.CountAsync(query) == expected);
        return (await fleet.Events.ListAsync(query)).Items;
    }

    private static ClusterSnapshot Snapshot(int count)
    {
        var at = Timestamp.At(FleetHarness.Start);
        return new ClusterSnapshot
        {
            ClusterId = "c1",
            Pods = [new Pod { Summary = new PodSummary { Name = "api-1", Namespace = "shop", NodeName = "node-a" } }],
            Events =
            [
                Event("e1", "Warning", "BackOff", new ResourceRef { Kind = "Pod", Namespace = "shop", Name = "api-1", Uid = "pod-uid-1" }, count, at),
                Event("e2", "Warning", "NodeNotReady", new ResourceRef { Kind = "Node", Name = "node-b", Uid = "node-uid-b" }, 1, at),
                Event(string.Empty, "Normal", "ScalingReplicaSet", new ResourceRef { Kind = "Deployment", Namespace = "shop", Name = "api" }, 1, at),
            ],
        };
    }

    private static KubeEvent Event(string uid, string type, string reason, ResourceRef involved, int count, Timestamp at) => new()
    {
        Uid = uid,
        Type = type,
        Reason = reason,
        Message = reason + " happened",
        Source = "kubelet",
        InvolvedObject = involved,
        Count = count,
        FirstTimestamp = at,
        LastTimestamp = at,
    };
}
