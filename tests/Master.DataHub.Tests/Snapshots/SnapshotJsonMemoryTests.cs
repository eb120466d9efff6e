using Master.DataHub.Snapshots;
using Master.Testing.Snapshots;

namespace Master.DataHub.Tests.Snapshots;

/// <summary>A stored snapshot must stay within three times the size of its uncompressed JSON.</summary>
[NonParallelizable]
public sealed class SnapshotJsonMemoryTests
{
    [Test]
    public void A_large_snapshot_retains_at_most_three_times_its_json_size()
    {
        byte[] json = SnapshotFixtureBuilder.Create("c1", 5000, nodes: 100, seed: 1, otel: true).ToJson();
        SnapshotJson.Deserialize(json); // first use builds the serializer metadata, which stays for the process

        long before = GC.GetTotalMemory(forceFullCollection: true);
        ClusterSnapshot snapshot = SnapshotJson.Deserialize(json);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(snapshot);

        long retained = after - before;
        TestContext.Out.WriteLine($"JSON {json.Length:N0} bytes, retained {retained:N0} bytes, ratio {(double)retained / json.Length:F2}");
        snapshot.Pods.Should().HaveCount(5000);
        retained.Should().BePositive().And.BeLessThanOrEqualTo(3L * json.Length);
    }
}
