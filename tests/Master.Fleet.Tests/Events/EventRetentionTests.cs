using Master.Database.Events;
using Master.Fleet.Tests.Support;

namespace Master.Fleet.Tests.Events;

/// <summary>Retention by age and by count, for every cluster in the history, on a real SQLite file.</summary>
public sealed class EventRetentionTests
{
    [Test]
    public async Task A_pass_deletes_events_older_than_the_retention_and_keeps_the_newest_per_cluster()
    {
        await using var database = ScratchDatabase.Sqlite();
        var settings = new Dictionary<string, string?>
        {
            ["Master:Fleet:EventRetention"] = "2.00:00:00",
            ["Master:Fleet:EventMaxCount"] = "5",
        };
        await using var fleet = await FleetHarness.StartAsync(database, settings);
        var now = FleetHarness.Start;
        await fleet.Events.UpsertAsync("old", [Event("o1", now.AddDays(-3)), Event("o2", now.AddDays(-1))]);
        await fleet.Events.UpsertAsync("many", [.. Enumerable.Range(0, 8).Select(i => Event($"m{i}", now.AddMinutes(-i)))]);

        await fleet.Retention.RunOnceAsync(CancellationToken.None);

        var old = await fleet.Events.ListAsync(new ClusterEventQuery(ClusterId: "old"));
        old.Items.Select(e => e.Uid).Should().Equal("o2");
        var many = await fleet.Events.ListAsync(new ClusterEventQuery(ClusterId: "many"));
        many.Items.Select(e => e.Uid).Should().Equal("m0", "m1", "m2", "m3", "m4");
    }

    private static ClusterEvent Event(string uid, DateTimeOffset at) =>
        new(uid, "Pod", "shop", "api-" + uid, "BackOff", "Warning", "Back-off restarting", "kubelet", 1, at, at);
}
