using Master.DataHub.Snapshots;

namespace Master.Processor.Processing;

/// <summary>Computes <see cref="PodDerived"/> from a normalised pod (query-dsl.md, pods).</summary>
internal static class PodDeriver
{
    private const string Waiting = "waiting";
    private const string Terminated = "terminated";

    /// <summary>Derives the pod's values; <paramref name="deployments"/> maps a ReplicaSet to its owning Deployment.</summary>
    public static PodDerived Derive(Pod pod, ReplicaSetOwners deployments)
    {
        var containers = pod.Containers;
        var derived = new PodDerived { TotalContainers = containers.Count };
        string? status = null;
        var images = derived.Images;
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            if (container.Ready)
            {
                derived.ReadyContainers++;
            }

            derived.Restarts += container.RestartCount;
            if (status is null && container.StateReason.Length > 0 && container.State is Waiting or Terminated)
            {
                status = container.StateReason;
            }

            if (derived.LastTerminationReason is null && container.LastTerminationReason.Length > 0)
            {
                derived.LastTerminationReason = container.LastTerminationReason;
            }

            if (container.Image.Length > 0 && !images.Contains(container.Image))
            {
                images.Add(container.Image);
            }

            derived.CpuRequest = Add(derived.CpuRequest, container.Requests, "cpu");
            derived.CpuLimit = Add(derived.CpuLimit, container.Limits, "cpu");
            derived.MemoryRequest = Add(derived.MemoryRequest, container.Requests, "memory");
            derived.MemoryLimit = Add(derived.MemoryLimit, container.Limits, "memory");
        }

        derived.Status = status ?? pod.Status.Phase;
        derived.Ready = containers.Count > 0 && derived.ReadyContainers == containers.Count;
        derived.Deployment = pod.Summary.OwnerKind == "ReplicaSet"
            ? deployments.Find(pod.Summary.Namespace, pod.Summary.OwnerName)
            : null;
        return derived;
    }

    private static double? Add(double? sum, Dictionary<string, Quantity> resources, string name) =>
        resources.Count > 0 && resources.TryGetValue(name, out var quantity) && quantity.Value is { } value
            ? (sum ?? 0) + value
            : sum;
}
