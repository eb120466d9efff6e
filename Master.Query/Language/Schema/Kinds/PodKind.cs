using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>pods</c> kind.</summary>
internal static class PodKind
{
    public static KindSchema Build() => new KindSchemaBuilder<Pod>("pods", namespaced: true, snapshot => snapshot.Pods, "pod", "po")
        .Common(
            name: pod => pod.Summary.Name,
            ns: pod => pod.Summary.Namespace,
            created: pod => pod.Summary.CreatedAt,
            labels: pod => pod.Labels,
            annotations: pod => pod.Annotations,
            ownerKind: pod => pod.Summary.OwnerKind,
            ownerName: pod => pod.Summary.OwnerName)
        .Enum("status", pod => pod.Derived?.Status,
            "Running", "Pending", "Succeeded", "Failed", "Unknown", "CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull",
            "Completed", "Error", "OOMKilled", "Evicted", "ContainerCreating", "PodInitializing", "CreateContainerConfigError",
            "ContainerStatusUnknown", "Terminating")
        .Enum("phase", pod => pod.Status.Phase, "Pending", "Running", "Succeeded", "Failed", "Unknown")
        .Text("reason", pod => pod.Status.Reason)
        .Bool("ready", pod => pod.Derived?.Ready)
        .Int("ready_containers", pod => pod.Derived?.ReadyContainers)
        .Int("total_containers", pod => pod.Derived?.TotalContainers)
        .Int("restarts", pod => pod.Derived?.Restarts)
        .Text("last_termination_reason", pod => pod.Derived?.LastTerminationReason)
        .Text("node", pod => pod.Summary.NodeName)
        .Text("ip", pod => pod.Status.PodIP)
        .Text("host_ip", pod => pod.Status.HostIP)
        .Enum("qos_class", pod => pod.Status.QosClass, "Guaranteed", "Burstable", "BestEffort")
        .Text("service_account", pod => pod.Spec.ServiceAccountName)
        .Enum("restart_policy", pod => pod.Spec.RestartPolicy, "Always", "OnFailure", "Never")
        .Bool("host_network", pod => pod.Spec.HostNetwork)
        .Text("priority_class", pod => pod.Spec.PriorityClassName)
        .TextList("containers.name", pod => pod.Containers.Select(container => container.Name))
        .TextList("containers.image", pod => pod.Containers.Select(container => container.Image))
        .TextList("containers.state", pod => pod.Containers.Select(container => container.State), FieldType.Enum, "running", "waiting", "terminated")
        .IntList("containers.restarts", pod => pod.Containers.Select(container => container.RestartCount))
        .TextList("images", pod => pod.Derived?.Images ?? [])
        .Cpu("cpu_request", pod => pod.Derived?.CpuRequest)
        .Cpu("cpu_limit", pod => pod.Derived?.CpuLimit)
        .Memory("memory_request", pod => pod.Derived?.MemoryRequest)
        .Memory("memory_limit", pod => pod.Derived?.MemoryLimit)
        .Cpu("cpu_usage", pod => pod.Status.CpuUsage)
        .Memory("memory_usage", pod => pod.Status.MemoryUsage)
        .Text("deployment", pod => pod.Derived?.Deployment)
        .Defaults("namespace", "name", "status", "ready", "restarts", "age", "node")
        .Build();
}
