namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    private static readonly (string Capacity, string Allocatable, double Milli)[] NodeCpu =
    [
        ("8", "7800m", 7800), ("16", "15.8", 15_800), ("4", "3900m", 3900), ("32", "31800m", 31_800),
    ];

    private static readonly (string Capacity, string Allocatable, double Bytes)[] NodeMemory =
    [
        ("32823160Ki", "32208760Ki", 32_208_760 * 1024.0), ("16Gi", "15.5Gi", 16_642_998_272), ("64G", "63G", 63e9),
        ("8589934592", "8053063680", 8_053_063_680),
    ];

    private void PlanNodes(int count)
    {
        for (int i = 0; i < count; i++)
        {
            bool controlPlane = count > 1 && i == 0;
            string ready = count >= 3 && i == count - 1 ? "False" : count >= 5 && i == count - 2 ? "Unknown" : "True";
            var cpu = NodeCpu[i % NodeCpu.Length];
            var memory = NodeMemory[i % NodeMemory.Length];
            _nodes.Add(new NodePlan
            {
                Name = controlPlane ? "cp-1" : $"worker-{(count > 1 ? i : i + 1):D2}",
                Ready = ready,
                Unschedulable = count >= 4 && i == 1,
                ControlPlane = controlPlane,
                Index = i,
                Cpu = cpu,
                Memory = memory,
                UsageNanocores = (long)(cpu.Milli * 1e6 * (0.05 + (_random.NextDouble() * 0.6))) + _random.Next(1, 999_999),
                UsageKi = (long)(memory.Bytes / 1024 * (0.1 + (_random.NextDouble() * 0.6))),
            });
        }
    }

    private void PlanPods(int total)
    {
        int index = 0;
        int daemonPods = Math.Min(_nodes.Count, total);
        for (int i = 0; i < daemonPods; i++)
        {
            AddPod("monitoring", $"node-exporter-{Suffix(5)}", "DaemonSet", "node-exporter", null, _nodes[i], PodState.Running,
                [ExporterContainer], null, index++);
        }

        int statefulPods = Math.Min(3, total - daemonPods);
        for (int i = 0; i < statefulPods; i++)
        {
            AddPod("shop", $"redis-{i}", "StatefulSet", "redis", null, Schedule(index), PodState.Running, [RedisContainer], null, index++);
        }

        int jobPods = Math.Min(2, total - daemonPods - statefulPods);
        for (int i = 0; i < jobPods; i++)
        {
            AddPod("batch", $"{JobName(i)}-{Suffix(5)}", "Job", JobName(i), null, Schedule(index), PodState.Completed,
                [BackupContainer], null, index++);
        }

        int rest = total - daemonPods - statefulPods - jobPods;
        int deployments = Math.Max(1, (rest + 3) / 4);
        int appPod = 0;
        for (int d = 0; d < deployments; d++)
        {
            DeploymentPlan plan = PlanDeployment(d, (rest / deployments) + (d < rest % deployments ? 1 : 0));
            _deployments.Add(plan);
            for (int r = 0; r < plan.Replicas; r++)
            {
                PodState state = StateFor(appPod++);
                NodePlan? node = state == PodState.Unscheduled ? null : Schedule(index);
                AddPod(plan.Namespace, $"{plan.ReplicaSet}-{Suffix(5)}", "ReplicaSet", plan.ReplicaSet, plan, node, state,
                    plan.Containers, plan.Init, index++);
                plan.Ready += _pods[^1].IsReady ? 1 : 0;
            }
        }
    }

    // Every pattern appears within the first seven app pods, so even small fixtures hold each state.
    private static PodState StateFor(int appPod) => (appPod % 40) switch
    {
        1 => PodState.CrashLoopBackOff,
        2 => PodState.ImagePullBackOff,
        3 => PodState.OomKilled,
        4 => PodState.Unscheduled,
        5 => PodState.RunningAfterOomKill,
        6 => PodState.RunningNotReady,
        _ => PodState.Running,
    };

    private void AddPod(
        string ns, string name, string ownerKind, string ownerName, DeploymentPlan? deployment, NodePlan? node, PodState state,
        List<ContainerPlan> containers, ContainerPlan? init, int index)
    {
        int restarts = state switch
        {
            PodState.CrashLoopBackOff => _random.Next(5, 60),
            PodState.OomKilled => _random.Next(1, 6),
            PodState.RunningAfterOomKill => _random.Next(1, 4),
            _ => 0,
        };
        _pods.Add(new PodPlan
        {
            Namespace = ns,
            Name = name,
            OwnerKind = ownerKind,
            OwnerName = ownerName,
            Deployment = deployment,
            Node = node,
            State = state,
            Containers = containers,
            Init = init,
            Created = CreatedBefore(600, 40 * 86_400),
            Restarts = restarts,
            Index = index,
        });
    }

    private NodePlan Schedule(int index)
    {
        // Workers take the app pods; the control-plane node only runs its daemon pod, unless it is the only node.
        int workers = _nodes.Count > 1 ? _nodes.Count - 1 : 1;
        return _nodes[(_nodes.Count > 1 ? 1 : 0) + (index % workers)];
    }

    private DeploymentPlan PlanDeployment(int d, int replicas)
    {
        string ns = Namespaces[d % Namespaces.Length] is "kube-system" or "batch" or "legacy" ? "shop" : Namespaces[d % Namespaces.Length];
        string app = AppNames[d % AppNames.Length] + (d >= AppNames.Length ? $"-{d / AppNames.Length}" : string.Empty);
        string tag = d % 7 == 3 ? "latest" : $"1.{d % 9}.{d % 4}";
        var main = new ContainerPlan(
            app, $"registry.local/{ns}/{app}:{tag}", d % 6 == 5 ? null : CpuRequests[d % CpuRequests.Length],
            d % 3 == 0 ? CpuLimits[d % CpuLimits.Length] : null, MemoryRequests[d % MemoryRequests.Length],
            d % 2 == 0 ? MemoryLimits[d % MemoryLimits.Length] : null, 8080);
        List<ContainerPlan> containers = [main];
        if (d % 3 == 1)
        {
            containers.Add(new ContainerPlan("envoy", "envoyproxy/envoy:v1.31.2", ("50m", 50), null, ("64Mi", 67_108_864),
                ("128Mi", 134_217_728), 9901));
        }

        ContainerPlan? init = d % 5 == 2
            ? new ContainerPlan("migrate", $"registry.local/{ns}/{app}-migrate:{tag}", ("10m", 10), null, null, null, 0)
            : null;
        return new DeploymentPlan
        {
            Namespace = ns,
            Name = app,
            Hash = Suffix(10),
            Replicas = replicas,
            Created = CreatedBefore(86_400, 200 * 86_400),
            Containers = containers,
            Init = init,
            HasOldReplicaSet = d % 2 == 1,
            Index = d,
        };
    }

    private string Suffix(int length)
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        return string.Create(length, _random, static (span, random) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random.Next(alphabet.Length)];
            }
        });
    }

    private static string JobName(int i) => $"backup-{29_100_000 + (i * 1440)}";

    private static readonly ContainerPlan ExporterContainer =
        new("node-exporter", "quay.io/prometheus/node-exporter:v1.8.2", ("102m", 102), ("250m", 250), ("180Mi", 188_743_680),
            ("180Mi", 188_743_680), 9100);

    private static readonly ContainerPlan RedisContainer =
        new("redis", "redis:7.4.1", ("1", 1000), ("1", 1000), ("1Gi", 1_073_741_824), ("1Gi", 1_073_741_824), 6379);

    private static readonly ContainerPlan BackupContainer =
        new("backup", "registry.local/batch/backup:2.0.1", ("200m", 200), null, ("256Mi", 268_435_456), null, 0);
}
