using Master.DataHub.Snapshots;
using Master.Query.Tests.Support;

namespace Master.Query.Tests;

/// <summary>An object and what it owns, from the ownerReferences of the latest snapshot.</summary>
public sealed class ObjectFamilyTests
{
    private ReadServiceHarness _harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        _harness = await ReadServiceHarness.StartAsync();
        await _harness.HeartbeatAsync("c1");
        await _harness.Hub.SetSnapshotAsync("c1", Snapshot(), "h");
    }

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    [Test]
    public async Task A_deployment_owns_its_replica_sets_and_their_pods_but_not_a_namesake_elsewhere()
    {
        var family = await _harness.Reads.GetObjectFamilyAsync("c1", new ObjectRef("Deployment", "shop", "api"), 100);

        family.Should().Equal(
            new ObjectRef("Deployment", "shop", "api"),
            new ObjectRef("ReplicaSet", "shop", "api-7d9"),
            new ObjectRef("ReplicaSet", "shop", "api-5c4"),
            new ObjectRef("Pod", "shop", "api-7d9-a"),
            new ObjectRef("Pod", "shop", "api-7d9-b"),
            new ObjectRef("Pod", "shop", "api-5c4-a"));
    }

    [Test]
    public async Task A_cron_job_owns_its_jobs_and_their_pods()
    {
        var family = await _harness.Reads.GetObjectFamilyAsync("c1", new ObjectRef("CronJob", "shop", "nightly"), 100);

        family.Should().Equal(
            new ObjectRef("CronJob", "shop", "nightly"),
            new ObjectRef("Job", "shop", "nightly-1"),
            new ObjectRef("Pod", "shop", "nightly-1-x"));
    }

    [Test]
    public async Task The_family_is_capped_and_an_object_gone_from_the_snapshot_is_its_own_family()
    {
        (await _harness.Reads.GetObjectFamilyAsync("c1", new ObjectRef("Deployment", "shop", "api"), 2))
            .Should().HaveCount(2);
        (await _harness.Reads.GetObjectFamilyAsync("c1", new ObjectRef("Deployment", "shop", "deleted"), 100))
            .Should().Equal(new ObjectRef("Deployment", "shop", "deleted"));
        (await _harness.Reads.GetObjectFamilyAsync("nobody", new ObjectRef("Deployment", "shop", "api"), 100)).Should().BeNull();
    }

    private static ClusterSnapshot Snapshot() => new()
    {
        ClusterId = "c1",
        ReplicaSets =
        [
            new ReplicaSet { Name = "api-7d9", Namespace = "shop", OwnerKind = "Deployment", OwnerName = "api" },
            new ReplicaSet { Name = "api-5c4", Namespace = "shop", OwnerKind = "Deployment", OwnerName = "api" },
            new ReplicaSet { Name = "api-1aa", Namespace = "other", OwnerKind = "Deployment", OwnerName = "api" },
        ],
        Jobs = [new Job { Name = "nightly-1", Namespace = "shop", OwnerKind = "CronJob", OwnerName = "nightly" }],
        Pods =
        [
            Pod("api-7d9-a", "shop", "api-7d9"),
            Pod("api-7d9-b", "shop", "api-7d9"),
            Pod("api-5c4-a", "shop", "api-5c4"),
            Pod("api-1aa-a", "other", "api-1aa"),
            Pod("lonely", "shop", string.Empty),
            new Pod { Summary = new PodSummary { Name = "nightly-1-x", Namespace = "shop", OwnerKind = "Job", OwnerName = "nightly-1" } },
        ],
    };

    private static Pod Pod(string name, string ns, string replicaSet) => new()
    {
        Summary = new PodSummary { Name = name, Namespace = ns, OwnerKind = replicaSet.Length == 0 ? string.Empty : "ReplicaSet", OwnerName = replicaSet },
    };
}
