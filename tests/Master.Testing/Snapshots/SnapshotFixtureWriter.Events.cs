namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    private const string ZeroTime = "0001-01-01T00:00:00Z";

    private void WriteEvents()
    {
        List<Action> events = [];
        foreach (PodPlan pod in _pods)
        {
            (string Type, string Reason, string Message)? e = pod.State switch
            {
                PodState.CrashLoopBackOff => ("Warning", "BackOff", $"Back-off restarting failed container {pod.Containers[0].Name}"),
                PodState.ImagePullBackOff => ("Warning", "Failed", "Error: ImagePullBackOff"),
                PodState.Unscheduled => ("Warning", "FailedScheduling", "0/4 nodes are available: 4 Insufficient cpu."),
                PodState.OomKilled => ("Warning", "OOMKilling", "Memory cgroup out of memory"),
                _ when pod.Index % 10 == 0 => ("Normal", "Scheduled", $"Successfully assigned {pod.Namespace}/{pod.Name}"),
                _ => null,
            };
            if (e is { } ev)
            {
                // Every third Normal event was written through events.k8s.io: its legacy timestamps are Go's zero time.
                bool zero = ev.Type == "Normal" && pod.Index % 30 == 0;
                events.Add(() => WriteEvent(pod.Namespace, pod.Name, "Pod", ev.Type, ev.Reason, ev.Message, zero,
                    ev.Type == "Warning" ? _random.Next(1, 40) : 1, pod.Node?.Name));
            }
        }

        foreach (NodePlan node in _nodes.Where(n => n.Ready != "True"))
        {
            events.Add(() => WriteEvent("default", node.Name, "Node", "Warning", "NodeNotReady", $"Node {node.Name} status is now: NodeNotReady",
                false, 1));
        }

        foreach (DeploymentPlan d in _deployments.Take(10))
        {
            events.Add(() => WriteEvent(d.Namespace, d.Name, "Deployment", "Normal", "ScalingReplicaSet",
                $"Scaled up replica set {d.ReplicaSet} to {d.Replicas}", false, 1));
        }

        List("events", events, write => write());
    }

    private void WriteEvent(
        string ns, string name, string kind, string type, string reason, string message, bool zero, int count, string? nodeName = null)
    {
        long last = _now - _random.Next(5, 3_000);
        long first = last - (count > 1 ? _random.Next(60, 3_600) : 0);
        if (type == "Warning")
        {
            _warningEvents++;
        }

        if (zero)
        {
            _zeroTimeEvents++;
        }

        _w.WriteStartObject();
        WriteMeta($"{name}.{_random.NextInt64(0x1000_0000_0000_000, 0x7FFF_FFFF_FFFF_FFF):x}", ns, "Event", nodeName, null, null, first);
        Str("type", type);
        Str("reason", reason);
        Str("message", message);
        Opt("source", kind == "Pod" ? (reason == "Scheduled" ? "default-scheduler" : "kubelet") : kind == "Node" ? "node-controller" : "deployment-controller");
        _w.WriteStartObject("involvedObject");
        Str("kind", kind);
        Opt("namespace", kind == "Node" ? null : ns);
        Str("name", name);
        Str("uid", Uid());
        _w.WriteEndObject();
        _w.WriteNumber("count", count);
        Str("firstTimestamp", zero ? ZeroTime : Time(first));
        Str("lastTimestamp", zero ? ZeroTime : Time(last));
        _w.WriteEndObject();
    }

    private void WriteOtel()
    {
        _w.WriteStartObject("otel");
        _w.WriteNumber("totalServices", 12);
        _w.WriteNumber("healthyServices", 10);
        _w.WriteNumber("totalRps", 777.49);
        _w.WriteNumber("avgSuccessRate", 0.9714);
        _w.WriteNumber("avgP99Ms", 186.46);
        _w.WriteNumber("ingressServices", 4);
        _w.WriteNumber("ingressAvgRps", 400.55);
        _w.WriteNumber("meshServices", 0);
        _w.WriteNumber("meshAvgMtls", 0);
        _w.WriteNumber("monitoredNodes", _nodes.Count);
        _w.WriteNumber("avgCpuPct", 27.49);
        _w.WriteNumber("avgMemPct", 35.11);
        _w.WriteNumber("maxCpuPct", 32.28);
        _w.WriteNumber("maxMemPct", 49.56);
        _w.WriteStartObject("metricsSummary");
        _w.WriteNumber("totalNodes", _nodes.Count);
        _w.WriteNumber("maxCpuTemp", 65.4);
        _w.WriteEndObject();
        _w.WriteStartArray("recentTraces");
        _w.WriteStartObject();
        Str("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        Str("rootService", "api");
        _w.WriteNumber("durationMs", 12.5);
        Str("timestamp", FetchedAtWire());
        Strings("services", "api", "ledger");
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteStartObject("sloWindows");
        _w.WriteStartObject("1d");
        _w.WriteStartArray("current");
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    private void WriteSummary()
    {
        _w.WriteStartObject("summary");
        _w.WriteNumber("totalNodes", _nodes.Count);
        _w.WriteNumber("readyNodes", _nodes.Count(n => n.Ready == "True"));
        _w.WriteNumber("totalPods", _pods.Count);
        _w.WriteNumber("runningPods", _pods.Count(p => p.Phase == "Running"));
        _w.WriteNumber("pendingPods", _pods.Count(p => p.Phase == "Pending"));
        _w.WriteNumber("failedPods", 0);
        _w.WriteNumber("totalDeployments", _deployments.Count);
        _w.WriteNumber("healthyDeployments", _deployments.Count(d => d.Replicas > 0 && d.Ready == d.Replicas));
        _w.WriteNumber("totalStatefulSets", 1);
        _w.WriteNumber("totalDaemonSets", 1);
        _w.WriteNumber("totalServices", _counts.GetValueOrDefault("services"));
        _w.WriteNumber("totalIngresses", _counts.GetValueOrDefault("ingresses"));
        _w.WriteNumber("totalNamespaces", Namespaces.Length);
        _w.WriteNumber("totalEvents", _counts.GetValueOrDefault("events"));
        _w.WriteNumber("warningEvents", _warningEvents);
        _w.WriteEndObject();
    }
}
