using Master.DataHub.Snapshots;
using Master.Processor.Quantities;

namespace Master.Processor.Processing;

internal sealed partial class SnapshotNormaliser
{
    /// <summary>Reads <c>pods[index]</c>.</summary>
    public void Pod(Pod pod, int index)
    {
        Enter("pods", index);
        Enter("summary");
        Check(pod.Summary.CreatedAt, "createdAt");
        Leave();

        var status = pod.Status;
        Enter("status");
        status.CpuUsage = Read(status.CpuUsage, QuantityClass.Cpu, "cpuUsage");
        status.MemoryUsage = Read(status.MemoryUsage, QuantityClass.Bytes, "memoryUsage");
        for (var i = 0; i < status.Conditions.Count; i++)
        {
            Enter("conditions", i);
            Check(status.Conditions[i].LastTransitionTime, "lastTransitionTime");
            Leave();
        }

        Leave();
        Containers(pod.Containers, "containers");
        Containers(pod.InitContainers, "initContainers");
        Leave();
    }

    private void Containers(List<PodContainer> containers, string field)
    {
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            Enter(field, i);
            ReadMap(container.Requests, "requests");
            ReadMap(container.Limits, "limits");
            Check(container.LastTerminationTime, "lastTerminationTime");
            Leave();
        }
    }
}
