using Master.DataHub.Snapshots;

namespace Master.Processor.Processing;

/// <summary>Computes <see cref="NodeDerived"/> from a normalised node (query-dsl.md, nodes).</summary>
internal static class NodeDeriver
{
    /// <summary>Derives the node's values; <paramref name="podCount"/> is the number of pods scheduled on it.</summary>
    public static NodeDerived Derive(Node node, int podCount)
    {
        var ready = node.Summary.Ready;
        var status = ready switch
        {
            "True" => "Ready",
            "False" => "NotReady",
            _ => "Unknown",
        };
        if (node.Spec.Unschedulable || !node.Summary.Schedulable)
        {
            status += ",SchedulingDisabled";
        }

        var derived = new NodeDerived { Status = status, Ready = ready == "True", PodCount = podCount };
        if (node.Metrics is { } metrics)
        {
            derived.CpuUsed = metrics.Cpu.Usage.Value;
            derived.MemoryUsed = metrics.Memory.Usage.Value;
            derived.CpuUsage = Ratio(derived.CpuUsed, node.Allocatable.Cpu.Value ?? metrics.Cpu.Allocatable.Value);
            derived.MemoryUsage = Ratio(derived.MemoryUsed, node.Allocatable.Memory.Value ?? metrics.Memory.Allocatable.Value);
        }

        return derived;
    }

    private static double? Ratio(double? used, double? allocatable) =>
        used is { } u && allocatable is { } a && a > 0 ? u / a : null;
}
