using Master.DataHub.Snapshots;
using Master.Processor.Quantities;

namespace Master.Processor.Processing;

internal sealed partial class SnapshotNormaliser
{
    /// <summary>Reads <c>nodes[index]</c>.</summary>
    public void Node(Node node, int index)
    {
        Enter("nodes", index);
        Enter("summary");
        Check(node.Summary.CreationTime, "creationTime");
        Leave();
        Resources(node.Capacity, "capacity");
        Resources(node.Allocatable, "allocatable");
        for (var i = 0; i < node.Conditions.Count; i++)
        {
            var condition = node.Conditions[i];
            Enter("conditions", i);
            Check(condition.LastHeartbeatTime, "lastHeartbeatTime");
            Check(condition.LastTransitionTime, "lastTransitionTime");
            Leave();
        }

        for (var i = 0; i < node.Taints.Count; i++)
        {
            Enter("taints", i);
            Check(node.Taints[i].TimeAdded, "timeAdded");
            Leave();
        }

        if (node.Metrics is { } metrics)
        {
            Enter("metrics");
            Metric(metrics.Cpu, QuantityClass.Cpu, "cpu");
            Metric(metrics.Memory, QuantityClass.Bytes, "memory");
            Leave();
        }

        Leave();
    }

    private void Resources(NodeResources resources, string field)
    {
        Enter(field);
        resources.Cpu = Read(resources.Cpu, QuantityClass.Cpu, "cpu");
        resources.Memory = Read(resources.Memory, QuantityClass.Bytes, "memory");
        resources.Pods = Read(resources.Pods, QuantityClass.Count, "pods");
        resources.EphemeralStorage = Read(resources.EphemeralStorage, QuantityClass.Bytes, "ephemeralStorage");
        ReadMap(resources.ScalarResources, "scalarResources");
        Leave();
    }

    private void Metric(NodeResourceMetric metric, QuantityClass quantityClass, string field)
    {
        Enter(field);
        metric.Usage = Read(metric.Usage, quantityClass, "usage");
        metric.Allocatable = Read(metric.Allocatable, quantityClass, "allocatable");
        metric.Capacity = Read(metric.Capacity, quantityClass, "capacity");
        Leave();
    }
}
