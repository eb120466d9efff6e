using Master.DataHub.Snapshots;
using Master.Processor.Tests.Support;
using Master.Testing.Snapshots;

namespace Master.Processor.Tests.Processing;

/// <summary>The processor on realistic snapshots, checked against the fixture builder's known answers.</summary>
public sealed class FixtureSnapshotTests
{
    private static readonly int[] Seeds = [1, 2, 3, 42];

    [TestCaseSource(nameof(Seeds))]
    public void Pods_derive_the_known_answers(int seed)
    {
        var (snapshot, facts) = Process(seed);

        snapshot.Pods.Should().HaveCount(facts.Pods.Count);
        for (var i = 0; i < facts.Pods.Count; i++)
        {
            var expected = facts.Pods[i];
            var pod = snapshot.Pods[i];
            pod.Summary.Name.Should().Be(expected.Name);
            pod.Derived.Should().BeEquivalentTo(
                new
                {
                    expected.Status,
                    expected.Ready,
                    expected.ReadyContainers,
                    expected.TotalContainers,
                    expected.Restarts,
                    expected.CpuRequest,
                    expected.CpuLimit,
                    expected.MemoryRequest,
                    expected.MemoryLimit,
                    expected.Images,
                    expected.LastTerminationReason,
                    expected.Deployment,
                },
                options => options.WithStrictOrdering(),
                "pod {0} ({1})", i, expected.Name);
            pod.Status.CpuUsage.Value.Should().Be(expected.CpuUsage, "pod {0} cpu usage", expected.Name);
            pod.Status.MemoryUsage.Value.Should().Be(expected.MemoryUsage, "pod {0} memory usage", expected.Name);
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Status_counts_match_the_known_answers(int seed)
    {
        var (snapshot, facts) = Process(seed);

        Names(snapshot, "CrashLoopBackOff").Should().Equal(facts.CrashLoopingPods);
        Names(snapshot, "ImagePullBackOff").Should().Equal(facts.ImagePullBackOffPods);
        Names(snapshot, "Completed").Should().Equal(facts.CompletedPods);
        Names(snapshot, "OOMKilled").Should().Equal(facts.OomKilledPods);
    }

    [TestCaseSource(nameof(Seeds))]
    public void Nodes_derive_the_known_answers(int seed)
    {
        var (snapshot, facts) = Process(seed);

        snapshot.Nodes.Should().HaveCount(facts.Nodes.Count);
        for (var i = 0; i < facts.Nodes.Count; i++)
        {
            var expected = facts.Nodes[i];
            var node = snapshot.Nodes[i];
            node.Summary.Name.Should().Be(expected.Name);
            node.Derived!.Status.Should().Be(expected.Status);
            node.Derived.Ready.Should().Be(expected.Ready);
            node.Derived.PodCount.Should().Be(expected.PodCount).And.Be(facts.PodsPerNode[expected.Name]);
            node.Derived.CpuUsed.Should().Be(expected.CpuUsed);
            node.Derived.MemoryUsed.Should().Be(expected.MemoryUsed);
            node.Derived.CpuUsage.Should().Be(expected.CpuUsed / expected.CpuAllocatable);
            node.Derived.MemoryUsage.Should().Be(expected.MemoryUsed / expected.MemoryAllocatable);
            node.Allocatable.Cpu.Value.Should().Be(expected.CpuAllocatable);
            node.Allocatable.Memory.Value.Should().Be(expected.MemoryAllocatable);
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Summary_and_workloads_match_the_known_answers(int seed)
    {
        var (snapshot, facts) = Process(seed);

        var summary = snapshot.Summary;
        summary.TotalPods.Should().Be(facts.Counts["pods"]);
        summary.RunningPods.Should().Be(facts.PodsByPhase.GetValueOrDefault("Running"));
        summary.PendingPods.Should().Be(facts.PodsByPhase.GetValueOrDefault("Pending"));
        summary.FailedPods.Should().Be(facts.PodsByPhase.GetValueOrDefault("Failed"));
        summary.TotalNodes.Should().Be(facts.Counts["nodes"]);
        summary.ReadyNodes.Should().Be(facts.ReadyNodes);
        summary.TotalDeployments.Should().Be(facts.Counts["deployments"]);
        summary.HealthyDeployments.Should().Be(facts.Counts["deployments"] - facts.DegradedDeployments);
        summary.TotalStatefulSets.Should().Be(facts.Counts["statefulSets"]);
        summary.TotalDaemonSets.Should().Be(facts.Counts["daemonSets"]);
        summary.TotalServices.Should().Be(facts.Counts["services"]);
        summary.TotalIngresses.Should().Be(facts.Counts["ingresses"]);
        summary.TotalNamespaces.Should().Be(facts.Counts["namespaces"]);
        summary.TotalEvents.Should().Be(facts.Counts["events"]);
        summary.WarningEvents.Should().Be(facts.WarningEvents);
        foreach (var deployment in snapshot.Deployments)
        {
            deployment.Derived!.Images.Should().Equal(
                facts.DeploymentImages[$"{deployment.Summary.Namespace}/{deployment.Summary.Name}"]);
        }
    }

    [Test]
    public void Deployment_ownership_is_resolved_for_every_replica_set_owned_pod()
    {
        var (snapshot, facts) = Process(seed: 7, pods: 200, nodes: 6);

        var owned = facts.Pods.Where(p => p.Deployment is not null).Select(p => (p.Name, p.Deployment)).ToList();

        owned.Should().NotBeEmpty();
        snapshot.Pods.Where(p => p.Derived!.Deployment is not null).Select(p => (p.Summary.Name, p.Derived!.Deployment))
            .Should().Equal(owned);
    }

    private static List<string> Names(ClusterSnapshot snapshot, string status) =>
        [.. snapshot.Pods.Where(p => p.Derived!.Status == status).Select(p => p.Summary.Name)];

    private static (ClusterSnapshot Snapshot, SnapshotFixtureFacts Facts) Process(int seed, int pods = 60, int nodes = 4)
    {
        var fixture = SnapshotFixtureBuilder.Create("fixture", pods, nodes, seed);
        var snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        var warnings = Processors.Process(snapshot, "fixture");

        warnings.Should().BeEmpty();
        return (snapshot, fixture.Facts);
    }
}
