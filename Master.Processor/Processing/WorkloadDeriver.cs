using Master.DataHub.Snapshots;

namespace Master.Processor.Processing;

/// <summary>Computes <see cref="WorkloadDerived"/> for a Deployment, StatefulSet or DaemonSet from its pod template.</summary>
internal static class WorkloadDeriver
{
    public static WorkloadDerived Derive(PodTemplate template)
    {
        var derived = new WorkloadDerived();
        var images = derived.Images;
        foreach (var container in template.Containers)
        {
            if (container.Image.Length > 0 && !images.Contains(container.Image))
            {
                images.Add(container.Image);
            }
        }

        return derived;
    }
}
