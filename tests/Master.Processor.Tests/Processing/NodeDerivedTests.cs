using Master.DataHub.Snapshots;
using Master.Processor.Tests.Support;

namespace Master.Processor.Tests.Processing;

public sealed class NodeDerivedTests
{
    [TestCase("True", true, false, "Ready", true)]
    [TestCase("False", true, false, "NotReady", false)]
    [TestCase("Unknown", true, false, "Unknown", false)]
    [TestCase("", true, false, "Unknown", false)]
    [TestCase("True", false, false, "Ready,SchedulingDisabled", true)]
    [TestCase("True", true, true, "Ready,SchedulingDisabled", true)]
    [TestCase("False", false, true, "NotReady,SchedulingDisabled", false)]
    public void Status_is_the_ready_condition_with_scheduling_disabled_when_cordoned(
        string ready, bool schedulable, bool unschedulable, string status, bool isReady)
    {
        var node = new Node
        {
            Summary = new NodeSummary { Name = "n1", Ready = ready, Schedulable = schedulable },
            Spec = new NodeSpec { Unschedulable = unschedulable },
        };

        var derived = Derive(node);

        derived.Status.Should().Be(status);
        derived.Ready.Should().Be(isReady);
    }

    [Test]
    public void Pod_count_is_the_pods_scheduled_on_the_node()
    {
        var snapshot = new ClusterSnapshot();
        snapshot.Nodes.Add(new Node { Summary = new NodeSummary { Name = "a" } });
        snapshot.Nodes.Add(new Node { Summary = new NodeSummary { Name = "b" } });
        snapshot.Nodes.Add(new Node { Summary = new NodeSummary { Name = "c" } });
        foreach (var nodeName in new[] { "a", "b", "a", "", "a", "gone" })
        {
            snapshot.Pods.Add(new Pod { Summary = new PodSummary { Name = "p", NodeName = nodeName } });
        }

        Processors.Process(snapshot);

        snapshot.Nodes.Select(n => n.Derived!.PodCount).Should().Equal(3, 1, 0);
    }

    [Test]
    public void Usage_is_the_metrics_usage_as_a_ratio_of_allocatable()
    {
        var node = new Node
        {
            Summary = new NodeSummary { Name = "n1", Ready = "True", Schedulable = true },
            Allocatable = new NodeResources { Cpu = Quantity.FromRaw("4"), Memory = Quantity.FromRaw("8Gi") },
            Metrics = new NodeResourceUsage
            {
                Cpu = new NodeResourceMetric { Usage = Quantity.FromRaw("1000000000n") },
                Memory = new NodeResourceMetric { Usage = Quantity.FromRaw("2Gi") },
            },
        };

        var derived = Derive(node);

        derived.CpuUsed.Should().Be(1000);
        derived.MemoryUsed.Should().Be(2147483648);
        derived.CpuUsage.Should().Be(0.25);
        derived.MemoryUsage.Should().Be(0.25);
    }

    [Test]
    public void Usage_is_null_without_metrics_or_allocatable()
    {
        var withoutMetrics = Derive(new Node { Allocatable = new NodeResources { Cpu = Quantity.FromRaw("4") } });
        var emptyUsage = Derive(new Node
        {
            Allocatable = new NodeResources { Cpu = Quantity.FromRaw("4") },
            Metrics = new NodeResourceUsage { Memory = new NodeResourceMetric { Usage = Quantity.FromRaw("1Gi") } },
        });

        withoutMetrics.CpuUsed.Should().BeNull();
        withoutMetrics.CpuUsage.Should().BeNull();
        emptyUsage.CpuUsed.Should().BeNull();
        emptyUsage.CpuUsage.Should().BeNull();
        emptyUsage.MemoryUsed.Should().Be(1073741824);
        emptyUsage.MemoryUsage.Should().BeNull();
    }

    private static NodeDerived Derive(Node node)
    {
        var snapshot = new ClusterSnapshot();
        snapshot.Nodes.Add(node);
        Processors.Process(snapshot);
        return node.Derived!;
    }
}
