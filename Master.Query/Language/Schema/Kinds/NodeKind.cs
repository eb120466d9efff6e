using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>nodes</c> kind.</summary>
internal static class NodeKind
{
    public static KindSchema Build() => new KindSchemaBuilder<Node>("nodes", namespaced: false, snapshot => snapshot.Nodes, "node", "no")
        .Common(
            name: node => node.Summary.Name,
            ns: null,
            created: node => node.Summary.CreationTime,
            labels: node => node.Labels)
        .Enum("status", node => node.Derived?.Status,
            "Ready", "NotReady", "Unknown", "Ready,SchedulingDisabled", "NotReady,SchedulingDisabled", "Unknown,SchedulingDisabled")
        .Bool("ready", node => node.Derived?.Ready)
        .Bool("unschedulable", node => node.Spec.Unschedulable)
        .TextList("roles", node => node.Summary.Roles)
        .TextList("conditions.type", node => node.Conditions.Select(condition => condition.Type), FieldType.Enum,
            "Ready", "MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable")
        .TextList("conditions.status", node => node.Conditions.Select(condition => condition.Status), FieldType.Enum, "True", "False", "Unknown")
        .Bool("memory_pressure", node => HasCondition(node, "MemoryPressure"))
        .Bool("disk_pressure", node => HasCondition(node, "DiskPressure"))
        .Bool("pid_pressure", node => HasCondition(node, "PIDPressure"))
        .Bool("network_unavailable", node => HasCondition(node, "NetworkUnavailable"))
        .TextList("taints.key", node => node.Taints.Select(taint => taint.Key))
        .TextList("taints.effect", node => node.Taints.Select(taint => taint.Effect), FieldType.Enum, "NoSchedule", "PreferNoSchedule", "NoExecute")
        .Text("kubelet_version", node => node.Info.KubeletVersion)
        .Text("os_image", node => node.Info.OsImage)
        .Text("kernel_version", node => node.Info.KernelVersion)
        .Text("container_runtime", node => node.Info.ContainerRuntimeVersion)
        .Text("architecture", node => node.Info.Architecture)
        .Text("internal_ip", node => node.Addresses.InternalIP)
        .Text("external_ip", node => node.Addresses.ExternalIP)
        .Text("zone", node => Label(node, "topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"))
        .Text("region", node => Label(node, "topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region"))
        .Text("instance_type", node => Label(node, "node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"))
        .Cpu("cpu_capacity", node => node.Capacity.Cpu)
        .Cpu("cpu_allocatable", node => node.Allocatable.Cpu)
        .Memory("memory_capacity", node => node.Capacity.Memory)
        .Memory("memory_allocatable", node => node.Allocatable.Memory)
        .Int("pods_capacity", node => node.Capacity.Pods.Value is { } pods ? (int)pods : null)
        .Int("pod_count", node => node.Derived?.PodCount)
        .Percent("cpu_usage", node => node.Derived?.CpuUsage)
        .Percent("memory_usage", node => node.Derived?.MemoryUsage)
        .Cpu("cpu_used", node => node.Derived?.CpuUsed)
        .Memory("memory_used", node => node.Derived?.MemoryUsed)
        .Defaults("name", "status", "roles", "age", "kubelet_version")
        .Build();

    private static bool HasCondition(Node node, string type) =>
        node.Conditions.Exists(condition => condition.Type == type && condition.Status == "True");

    private static string? Label(Node node, string key, string legacyKey) =>
        node.Labels.GetValueOrDefault(key) ?? node.Labels.GetValueOrDefault(legacyKey);
}
