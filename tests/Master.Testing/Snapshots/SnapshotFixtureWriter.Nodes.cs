namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    private void WriteNode(NodePlan node)
    {
        long created = _now - ((200 - node.Index) * 86_400L);
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", node.Name);
        Strings("roles", node.ControlPlane ? "control-plane" : "worker");
        Str("ready", node.Ready);
        _w.WriteBoolean("schedulable", !node.Unschedulable);
        Str("age", Age(created));
        Str("creationTime", Time(created));
        if (node.Unschedulable)
        {
            Strings("badges", "Cordoned");
        }

        if (node.Ready != "True")
        {
            Str("reason", node.Ready == "False" ? "KubeletNotReady" : "NodeStatusUnknown");
            Str("message", node.Ready == "False" ? "container runtime network not ready" : "Kubelet stopped posting node status.");
        }

        _w.WriteEndObject();

        _w.WriteStartObject("spec");
        Strings("podCIDRs", $"10.42.{node.Index}.0/24");
        Str("providerID", $"k3s://{node.Name}");
        OptBool("unschedulable", node.Unschedulable);
        _w.WriteEndObject();

        WriteNodeResources("capacity", node.Cpu.Capacity, node.Memory.Capacity, "102626232Ki", node.Index == 2);
        WriteNodeResources("allocatable", node.Cpu.Allocatable, node.Memory.Allocatable, "94580335255", node.Index == 2);

        _w.WriteStartObject("addresses");
        Str("hostname", node.Name);
        Str("internalIP", node.Ip);
        Opt("externalIP", node.ControlPlane ? "203.0.113.5" : null);
        _w.WriteStartArray("all");
        WriteAddress("InternalIP", node.Ip);
        WriteAddress("Hostname", node.Name);
        _w.WriteEndArray();
        _w.WriteEndObject();

        _w.WriteStartObject("info");
        Str("osImage", "Debian GNU/Linux 12 (bookworm)");
        Str("operatingSystem", "linux");
        Str("architecture", node.Index % 3 == 2 ? "arm64" : "amd64");
        Str("kernelVersion", "6.1.0-26-amd64");
        Str("containerRuntimeVersion", "containerd://1.7.22");
        Str("kubeletVersion", "v1.32.4");
        Str("kubeProxyVersion", "v1.32.4");
        _w.WriteEndObject();

        WriteNodeConditions(node);
        if (node.ControlPlane || node.Unschedulable || node.Ready != "True")
        {
            _w.WriteStartArray("taints");
            WriteTaint(node.ControlPlane ? "node-role.kubernetes.io/control-plane" : node.Unschedulable
                ? "node.kubernetes.io/unschedulable" : "node.kubernetes.io/not-ready", null, node.ControlPlane ? "NoSchedule" : "NoExecute",
                node.ControlPlane ? null : _now - 600);
            _w.WriteEndArray();
        }
        else if (node.Index % 5 == 3)
        {
            _w.WriteStartArray("taints");
            WriteTaint("dedicated", "gpu", "NoSchedule", null);
            _w.WriteEndArray();
        }

        Map("labels", ("kubernetes.io/hostname", node.Name), ("kubernetes.io/os", "linux"),
            ("topology.kubernetes.io/zone", $"zone-{(char)('a' + (node.Index % 3))}"),
            (node.ControlPlane ? "node-role.kubernetes.io/control-plane" : "node-role.kubernetes.io/worker", string.Empty));
        WriteNodeMetrics(node);
        _w.WriteEndObject();
    }

    private void WriteNodeResources(string name, string cpu, string memory, string storage, bool extended)
    {
        _w.WriteStartObject(name);
        Str("cpu", cpu);
        Str("memory", memory);
        Str("pods", "110");
        Str("ephemeralStorage", storage);
        if (extended)
        {
            Map("scalarResources", ("hugepages-2Mi", "0"), ("nvidia.com/gpu", "1"));
        }

        _w.WriteEndObject();
    }

    private void WriteAddress(string type, string address)
    {
        _w.WriteStartObject();
        Str("type", type);
        Str("address", address);
        _w.WriteEndObject();
    }

    private void WriteNodeConditions(NodePlan node)
    {
        long heartbeat = node.Ready == "True" ? _now - 12 : _now - 900;
        long since = _now - (3 * 86_400);
        _w.WriteStartArray("conditions");
        foreach ((string type, string reason) in (ReadOnlySpan<(string, string)>)
            [("MemoryPressure", "KubeletHasSufficientMemory"), ("DiskPressure", "KubeletHasNoDiskPressure"),
             ("PIDPressure", "KubeletHasSufficientPID")])
        {
            WriteNodeCondition(type, node.Ready == "Unknown" ? "Unknown" : "False", reason, heartbeat, since);
        }

        WriteNodeCondition("Ready", node.Ready, node.Ready == "True" ? "KubeletReady" : "KubeletNotReady", heartbeat,
            node.Ready == "True" ? since : _now - 900);
        _w.WriteEndArray();
    }

    private void WriteNodeCondition(string type, string status, string reason, long heartbeat, long transition)
    {
        _w.WriteStartObject();
        Str("type", type);
        Str("status", status);
        Str("reason", reason);
        Str("message", type == "Ready" ? (status == "True" ? "kubelet is posting ready status" : "Kubelet stopped posting node status.")
            : $"kubelet has no {type}");
        Str("lastHeartbeatTime", Time(heartbeat));
        Str("lastTransitionTime", Time(transition));
        _w.WriteEndObject();
    }

    private void WriteTaint(string key, string? value, string effect, long? added)
    {
        _w.WriteStartObject();
        Str("key", key);
        Opt("value", value);
        Str("effect", effect);
        if (added is { } time)
        {
            Str("timeAdded", Time(time));
        }

        _w.WriteEndObject();
    }

    private void WriteNodeMetrics(NodePlan node)
    {
        int used = _pods.Count(p => p.Node == node);
        _w.WriteStartObject("metrics");
        _w.WriteStartObject("cpu");
        Str("usage", node.HasMetrics ? $"{node.UsageNanocores}n" : string.Empty);
        Str("allocatable", node.Cpu.Allocatable);
        Str("capacity", node.Cpu.Capacity);
        if (node.HasMetrics)
        {
            _w.WriteNumber("utilPct", Math.Round(node.UsageNanocores / 1e6 / node.Cpu.Milli * 100, 2));
        }

        _w.WriteEndObject();
        _w.WriteStartObject("memory");
        Str("usage", node.HasMetrics ? $"{node.UsageKi}Ki" : string.Empty);
        Str("allocatable", node.Memory.Allocatable);
        Str("capacity", node.Memory.Capacity);
        if (node.HasMetrics)
        {
            _w.WriteNumber("utilPct", Math.Round(node.UsageKi * 1024.0 / node.Memory.Bytes * 100, 2));
        }

        _w.WriteEndObject();
        _w.WriteStartObject("pods");
        _w.WriteNumber("used", used);
        _w.WriteNumber("capacity", 110);
        if (used > 0)
        {
            _w.WriteNumber("utilPct", Math.Round(used / 110.0 * 100, 2));
        }

        _w.WriteEndObject();
        _w.WriteStartObject("pressure");
        OptBool("memoryPressure", node.Ready == "False");
        OptBool("diskPressure", node.Ready == "Unknown");
        OptBool("pidPressure", node.Ready == "Unknown");
        OptBool("networkUnavailable", node.Ready == "Unknown");
        _w.WriteEndObject();
        _w.WriteEndObject();
    }
}
