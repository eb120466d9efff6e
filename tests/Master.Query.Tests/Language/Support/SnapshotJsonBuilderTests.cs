using Master.DataHub.Agents;
using Master.Processor;
using Master.Query.Tests.Support;

namespace Master.Query.Tests.Language.Support;

/// <summary>The test fleet is only as good as its wire format: the real Processor must take every snapshot without a warning.</summary>
public sealed class SnapshotJsonBuilderTests
{
    [Test]
    public async Task The_processor_stores_every_fleet_snapshot_without_warnings_and_with_every_object()
    {
        await using var harness = await ReadServiceHarness.StartAsync();

        foreach (var builder in QueryFleet.Snapshots())
        {
            var json = builder.Build();
            var outcome = await harness.Ingestor.IngestAsync(new SnapshotSubmission(builder.ClusterId, builder.ToJson(), AgentReport.None));

            var stored = outcome.Should().BeOfType<IngestOutcome.Stored>().Subject;
            stored.Warnings.Should().BeEmpty("the builder writes only well-formed quantities and times ({0})", builder);
            var snapshot = stored.Snapshot.Snapshot;
            snapshot.Pods.Should().HaveCount(json["pods"]!.AsArray().Count);
            snapshot.Nodes.Should().HaveCount(json["nodes"]!.AsArray().Count);
            snapshot.Deployments.Should().HaveCount(json["deployments"]!.AsArray().Count);
            snapshot.ReplicaSets.Should().HaveCount(snapshot.Deployments.Count);
            snapshot.Events.Should().HaveCount(json["events"]!.AsArray().Count);
            snapshot.Namespaces.Should().NotBeEmpty();
        }
    }

    [Test]
    public async Task A_full_snapshot_keeps_every_kind_and_the_values_the_queries_rely_on()
    {
        await using var harness = await ReadServiceHarness.StartAsync();
        var prod = QueryFleet.BuildProd();

        var stored = (await harness.IngestAsync(prod.ToJson(), prod.ClusterId)).Snapshot;

        stored.StatefulSets.Should().HaveCount(3);
        stored.DaemonSets.Should().ContainSingle();
        stored.Services.Should().HaveCount(6);
        stored.Ingresses.Should().HaveCount(4);
        stored.Jobs.Should().HaveCount(5);
        stored.CronJobs.Should().HaveCount(4);
        stored.PersistentVolumeClaims.Should().HaveCount(4);
        stored.Namespaces.Select(n => n.Summary.Name).Should().Contain(["legacy", "tmp-pr-123", "payments"]);
        var web3 = stored.Pods.Single(p => p.Summary.Name == "web-3");
        web3.Derived!.Status.Should().Be("CrashLoopBackOff");
        web3.Derived.Restarts.Should().Be(7);
        web3.Derived.Deployment.Should().Be("web", "its ReplicaSet belongs to the web Deployment");
        web3.Status.QosClass.Should().Be("Burstable");
        stored.Pods.Single(p => p.Summary.Name == "debug-pod").Status.QosClass.Should().Be("BestEffort");
        stored.Pods.Single(p => p.Summary.Name == "api-x2k4p").Derived!.CpuRequest.Should().Be(500);
        stored.Pods.Single(p => p.Summary.Name == "checkout-abcde").Status.MemoryUsage.Value.Should().Be(350 * 1024 * 1024);
        var node1 = stored.Nodes.Single(n => n.Summary.Name == QueryFleet.Node1);
        node1.Derived!.CpuUsage.Should().BeApproximately(0.9, 1e-12);
        node1.Derived.MemoryUsage.Should().BeApproximately(0.5, 1e-12);
        stored.Nodes.Single(n => n.Summary.Name == QueryFleet.Node4).Derived!.Status.Should().Be("NotReady");
        stored.Events.Count(e => e.LastTimestamp.Value is null).Should().Be(1, "one event has Go's zero timestamps");
    }
}
