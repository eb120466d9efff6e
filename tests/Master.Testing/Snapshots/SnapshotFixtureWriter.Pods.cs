namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    private void WritePod(PodPlan pod)
    {
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", pod.Name);
        Str("namespace", pod.Namespace);
        Opt("nodeName", pod.Node?.Name);
        Str("ownerKind", pod.OwnerKind);
        Str("ownerName", pod.OwnerName);
        Str("createdAt", Time(pod.Created));
        Str("age", Age(pod.Created));
        _w.WriteEndObject();

        _w.WriteStartObject("spec");
        Str("restartPolicy", pod.OwnerKind == "Job" ? "OnFailure" : "Always");
        Str("serviceAccountName", pod.Deployment?.Name ?? "default");
        if (pod.OwnerKind == "DaemonSet")
        {
            Map("nodeSelector", ("kubernetes.io/os", "linux"));
        }

        WriteTolerations(pod.OwnerKind == "DaemonSet");
        WriteAffinity(pod.Index);
        Str("dnsPolicy", "ClusterFirst");
        OptBool("hostNetwork", pod.OwnerKind == "DaemonSet");
        Opt("runtimeClassName", pod.Index % 7 == 3 ? "gvisor" : null);
        Opt("priorityClassName", pod.OwnerKind == "DaemonSet" ? "system-node-critical" : null);
        _w.WriteNumber("terminationGracePeriodSeconds", 30);
        if (pod.Init is not null)
        {
            Strings("imagePullSecrets", "registry-credentials");
        }
        _w.WriteEndObject();

        WritePodStatus(pod);
        _w.WriteStartArray("containers");
        for (int i = 0; i < pod.Containers.Count; i++)
        {
            WritePodContainer(pod, pod.Containers[i], main: i == 0);
        }

        _w.WriteEndArray();
        if (pod.Init is { } init)
        {
            _w.WriteStartArray("initContainers");
            WriteInitContainer(pod, init);
            _w.WriteEndArray();
        }

        _w.WriteStartArray("volumes");
        WriteVolume("kube-api-access-" + pod.Name[^5..], "Projected", null);
        if (pod.OwnerKind == "StatefulSet")
        {
            WriteVolume("data", "PVC", "data-" + pod.Name);
        }

        _w.WriteEndArray();
        Map("labels", ("app", pod.Deployment?.Name ?? pod.OwnerName), ("pod-template-hash", pod.Deployment?.Hash ?? "none"));
        if (pod.Index % 3 == 0)
        {
            Map("annotations", ("kubectl.kubernetes.io/restartedAt", "2025-06-01T10:00:00+08:00"));
        }

        _w.WriteEndObject();
    }

    private void WritePodStatus(PodPlan pod)
    {
        _w.WriteStartObject("status");
        Str("phase", pod.Phase);
        Str("ready", $"{pod.ReadyContainers}/{pod.Containers.Count}");
        _w.WriteNumber("restarts", pod.Restarts);
        bool guaranteed = pod.Containers.All(c => c.CpuLimit is { } l && c.CpuRequest is { } r && l.Value == r.Value
            && c.MemoryLimit is { } ml && c.MemoryRequest is { } mr && ml.Value == mr.Value);
        Str("qosClass", guaranteed ? "Guaranteed" : "Burstable");
        if (pod.Node is { } node)
        {
            string ip = pod.OwnerKind == "DaemonSet" ? node.Ip : $"10.42.{node.Index}.{(pod.Index % 250) + 2}";
            Str("podIP", ip);
            Strings("podIPs", ip);
            Str("hostIP", node.Ip);
        }

        if (!pod.IsReady && pod.Phase == "Running")
        {
            Str("reason", "ContainersNotReady");
            Str("message", "containers with unready status: [" + pod.Containers[0].Name + "]");
        }

        _w.WriteStartArray("conditions");
        long started = pod.Created + 2;
        WritePodCondition("PodScheduled", pod.Node is null ? "False" : "True", pod.Node is null ? "Unschedulable" : null,
            pod.Node is null ? "0/4 nodes are available: 4 Insufficient cpu." : null, pod.Created);
        if (pod.Node is not null)
        {
            WritePodCondition("Initialized", "True", null, null, started);
            WritePodCondition("Ready", pod.IsReady ? "True" : "False", pod.IsReady ? null : "ContainersNotReady", null, started + 9);
            WritePodCondition("ContainersReady", pod.IsReady ? "True" : "False", null, null, started + 9);
        }

        _w.WriteEndArray();
        if (pod.HasMetrics)
        {
            Str("cpuUsage", pod.Containers.Count == 1 ? $"{pod.UsageNanocores}n" : $"{pod.UsageNanocores / 1_000_000}m");
            Str("memoryUsage", $"{pod.UsageKi}Ki");
        }

        _w.WriteEndObject();
    }

    private void WritePodCondition(string type, string status, string? reason, string? message, long time)
    {
        _w.WriteStartObject();
        Str("type", type);
        Str("status", status);
        Opt("reason", reason);
        Opt("message", message);
        Str("lastTransitionTime", Time(time));
        _w.WriteEndObject();
    }

    private void WritePodContainer(PodPlan pod, ContainerPlan container, bool main)
    {
        _w.WriteStartObject();
        WriteContainerSpec(container, pod.Index);
        (string state, string? reason, string? message, bool ready) = (main, pod.State) switch
        {
            (_, PodState.Unscheduled) => (string.Empty, null, null, false),
            (false, PodState.Completed) => ("terminated", "Completed", null, false),
            (false, PodState.ImagePullBackOff) => ("waiting", "PodInitializing", null, false),
            (false, _) => ("running", null, null, true),
            (true, PodState.CrashLoopBackOff) => ("waiting", "CrashLoopBackOff",
                $"back-off 5m0s restarting failed container={container.Name} pod={pod.Name}", false),
            (true, PodState.ImagePullBackOff) => ("waiting", "ImagePullBackOff",
                $"Back-off pulling image \"{container.Image}\"", false),
            (true, PodState.OomKilled) => ("terminated", "OOMKilled", null, false),
            (true, PodState.Completed) => ("terminated", "Completed", null, false),
            (true, PodState.RunningNotReady) => ("running", null, null, false),
            _ => ("running", null, null, true),
        };
        _w.WriteString("state", state);
        Opt("stateReason", reason);
        Opt("stateMessage", message);
        _w.WriteBoolean("ready", ready);
        _w.WriteNumber("restartCount", main ? pod.Restarts : 0);
        if (main && pod.LastTerminationReason is { } last)
        {
            Str("lastTerminationReason", last);
            Opt("lastTerminationMessage", last == "Error" ? "exit status 1" : null);
            Str("lastTerminationTime", Time(_now - 95));
        }

        _w.WriteEndObject();
    }

    private void WriteInitContainer(PodPlan pod, ContainerPlan init)
    {
        _w.WriteStartObject();
        Str("name", init.Name);
        Str("image", init.Image);
        Str("imagePullPolicy", "IfNotPresent");
        Strings("command", "/bin/migrate", "--wait");
        WriteResources(init);
        bool done = pod.Node is not null;
        Str("state", done ? "terminated" : string.Empty);
        Opt("stateReason", done ? "Completed" : null);
        _w.WriteBoolean("ready", false);
        _w.WriteNumber("restartCount", 0);
        _w.WriteEndObject();
    }

    private void WriteContainerSpec(ContainerPlan container, int variant)
    {
        Str("name", container.Name);
        Str("image", container.Image);
        Str("imagePullPolicy", container.Image.EndsWith(":latest", StringComparison.Ordinal) ? "Always" : "IfNotPresent");
        if (variant % 5 == 1)
        {
            Strings("command", "/usr/local/bin/" + container.Name);
        }

        if (variant % 6 == 1)
        {
            Str("workingDir", "/srv/" + container.Name);
        }

        if (variant % 5 == 0)
        {
            Strings("args", "--port=" + container.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--log-level=info");
        }

        if (container.Port != 0)
        {
            _w.WriteStartArray("ports");
            _w.WriteStartObject();
            Str("name", "http");
            _w.WriteNumber("containerPort", container.Port);
            Str("protocol", "TCP");
            OptInt("hostPort", container.Name == "node-exporter" ? container.Port : 0);
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        _w.WriteStartArray("envs");
        WriteEnv("POD_NAMESPACE", null, "field:metadata.namespace");
        WriteEnv("LOG_FORMAT", "json", null);
        if (variant % 4 == 2)
        {
            WriteEnv("DB_PASSWORD", null, "secret:" + container.Name + "-db");
        }

        if (variant % 4 == 3)
        {
            WriteEnv("DATABASE_URL", $"postgres://{container.Name}@postgres.shop.svc:5432/{container.Name}?sslmode=disable&pool_max_conns=10", null);
            WriteEnv("APP_CONFIG", null, "configmap:" + container.Name + "-config");
        }

        _w.WriteEndArray();
        _w.WriteStartArray("volumeMounts");
        _w.WriteStartObject();
        Str("name", "kube-api-access");
        Str("mountPath", "/var/run/secrets/kubernetes.io/serviceaccount");
        _w.WriteBoolean("readOnly", true);
        _w.WriteEndObject();
        if (variant % 3 == 0 && container.Port != 0)
        {
            _w.WriteStartObject();
            Str("name", "config");
            Str("mountPath", "/etc/" + container.Name + "/app.yaml");
            Str("subPath", "app.yaml");
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
        WriteResources(container);
        if (container.Port != 0)
        {
            WriteProbe("readinessProbe", "httpGet", "/ready", container.Port);
            if (variant % 2 == 0)
            {
                WriteProbe("livenessProbe", "tcpSocket", null, container.Port);
            }

            if (variant % 3 == 0)
            {
                WriteProbe("startupProbe", "exec", null, 0, "cat /tmp/healthy");
            }
        }
    }

    private void WriteResources(ContainerPlan container)
    {
        if (container.CpuRequest is not null || container.MemoryRequest is not null)
        {
            _w.WriteStartObject("requests");
            Opt("cpu", container.CpuRequest?.Raw);
            Opt("memory", container.MemoryRequest?.Raw);
            _w.WriteEndObject();
        }

        if (container.CpuLimit is not null || container.MemoryLimit is not null)
        {
            _w.WriteStartObject("limits");
            Opt("cpu", container.CpuLimit?.Raw);
            Opt("memory", container.MemoryLimit?.Raw);
            _w.WriteEndObject();
        }
    }

    private void WriteEnv(string name, string? value, string? valueFrom)
    {
        _w.WriteStartObject();
        Str("name", name);
        Opt("value", value);
        Opt("valueFrom", valueFrom);
        _w.WriteEndObject();
    }

    private void WriteProbe(string name, string type, string? path, int port, string? command = null)
    {
        _w.WriteStartObject(name);
        Str("type", type);
        Opt("path", path);
        OptInt("port", port);
        Opt("command", command);
        _w.WriteNumber("initialDelaySeconds", 5);
        _w.WriteNumber("periodSeconds", 10);
        _w.WriteNumber("timeoutSeconds", 1);
        _w.WriteNumber("successThreshold", 1);
        _w.WriteNumber("failureThreshold", 3);
        _w.WriteEndObject();
    }

    private void WriteVolume(string name, string type, string? source)
    {
        _w.WriteStartObject();
        Str("name", name);
        Str("type", type);
        Opt("source", source);
        _w.WriteEndObject();
    }

    // The agent writes only a marker string for each affinity that is set.
    private void WriteAffinity(int variant)
    {
        if (variant % 4 != 1)
        {
            return;
        }

        _w.WriteStartObject("affinity");
        Str("podAntiAffinity", "已配置");
        if (variant % 8 == 5)
        {
            Str("nodeAffinity", "已配置");
            Str("podAffinity", "已配置");
        }

        _w.WriteEndObject();
    }

    private void WriteTolerations(bool everything)
    {
        _w.WriteStartArray("tolerations");
        if (everything)
        {
            _w.WriteStartObject();
            Str("operator", "Exists");
            _w.WriteEndObject();
            _w.WriteStartObject();
            Str("key", "dedicated");
            Str("operator", "Equal");
            Str("value", "monitoring");
            Str("effect", "NoSchedule");
            _w.WriteEndObject();
        }

        foreach (string key in (string[])["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"])
        {
            _w.WriteStartObject();
            Str("key", key);
            Str("operator", "Exists");
            Str("effect", "NoExecute");
            _w.WriteNumber("tolerationSeconds", 300);
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
    }
}
