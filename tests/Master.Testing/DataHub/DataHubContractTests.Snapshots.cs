using Master.DataHub.Changes;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    [Test]
    public async Task First_snapshot_gets_version_1_and_the_hub_clock()
    {
        var snapshot = Snapshot("c1");

        var stored = await Hub.SetSnapshotAsync("c1", snapshot, "hash-1");

        stored.ClusterId.Should().Be("c1");
        stored.Version.Should().Be(1);
        stored.ReceivedAt.Should().Be(Time.GetUtcNow());
        stored.ContentHash.Should().Be("hash-1");
        stored.Snapshot.ClusterId.Should().Be("c1");
    }

    [Test]
    public async Task Each_snapshot_replaces_the_previous_one_with_the_next_version()
    {
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "hash-1");
        Time.Advance(TimeSpan.FromSeconds(10));

        var second = await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "hash-2");

        second.Version.Should().Be(2);
        var latest = await Hub.GetSnapshotAsync("c1");
        latest!.Version.Should().Be(2);
        latest.ContentHash.Should().Be("hash-2");
        latest.ReceivedAt.Should().Be(Time.GetUtcNow());
        (await Hub.GetSnapshotHashAsync("c1")).Should().Be("hash-2");
    }

    [Test]
    public async Task Versions_are_counted_per_cluster()
    {
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "b");

        var other = await Hub.SetSnapshotAsync("c2", Snapshot("c2"), "c");

        other.Version.Should().Be(1);
        (await Hub.GetSnapshotAsync("c1"))!.Version.Should().Be(2);
    }

    [Test]
    public async Task Unknown_cluster_has_no_snapshot_and_no_hash()
    {
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");

        var snapshot = await Hub.GetSnapshotAsync("c2");
        var hash = await Hub.GetSnapshotHashAsync("c2");

        snapshot.Should().BeNull();
        hash.Should().BeNull();
    }

    [Test]
    public async Task Setting_a_snapshot_publishes_snapshot_updated_with_its_version()
    {
        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "a");
        await using var changes = new ChangeRecorder(Hub);

        await Hub.SetSnapshotAsync("c1", Snapshot("c1"), "b");

        var change = await changes.NextAsync<SnapshotUpdated>();
        change.Should().Be(new SnapshotUpdated("c1", Time.GetUtcNow(), 2));
    }
}
