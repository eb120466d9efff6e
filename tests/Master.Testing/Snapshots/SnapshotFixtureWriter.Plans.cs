namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    // CPU quantities with their value in millicores, covering n, u, m, plain, fraction and exponent forms.
    private static readonly (string Raw, double Milli)[] CpuRequests =
    [
        ("100m", 100), ("250m", 250), ("0.5", 500), ("1", 1000), ("500000u", 500), ("250000000n", 250), ("1500m", 1500),
        ("2", 2000), ("5e-1", 500), (".25", 250),
    ];

    private static readonly (string Raw, double Milli)[] CpuLimits = [("1", 1000), ("2", 2000), ("500m", 500)];

    // Memory quantities with their value in bytes, covering Ki, Mi, Gi, M, G, plain, fraction and exponent forms.
    private static readonly (string Raw, double Bytes)[] MemoryRequests =
    [
        ("128Mi", 134_217_728), ("256Mi", 268_435_456), ("1Gi", 1_073_741_824), ("1.5Gi", 1_610_612_736), ("512M", 512_000_000),
        ("1G", 1_000_000_000), ("134217728", 134_217_728), ("64e6", 64_000_000), ("131072Ki", 134_217_728), ("12E6", 12_000_000),
    ];

    private static readonly (string Raw, double Bytes)[] MemoryLimits =
    [
        ("512Mi", 536_870_912), ("2Gi", 2_147_483_648), ("1G", 1_000_000_000), ("3.5Gi", 3_758_096_384),
    ];

    private static readonly string[] Namespaces = ["default", "kube-system", "shop", "payments", "monitoring", "batch", "legacy"];

    private static readonly string[] AppNames =
    [
        "api", "web", "checkout", "cart", "search", "ledger", "auth", "mailer", "catalog", "pricing", "gateway", "worker",
    ];

    private enum PodState
    {
        Running,
        RunningNotReady,
        RunningAfterOomKill,
        CrashLoopBackOff,
        ImagePullBackOff,
        OomKilled,
        Unscheduled,
        Completed,
    }

    private sealed record ContainerPlan(
        string Name, string Image, (string Raw, double Value)? CpuRequest, (string Raw, double Value)? CpuLimit,
        (string Raw, double Value)? MemoryRequest, (string Raw, double Value)? MemoryLimit, int Port);

    private sealed class NodePlan
    {
        public required string Name { get; init; }
        public required string Ready { get; init; }
        public required bool Unschedulable { get; init; }
        public required bool ControlPlane { get; init; }
        public required int Index { get; init; }
        public required (string Capacity, string Allocatable, double Milli) Cpu { get; init; }
        public required (string Capacity, string Allocatable, double Bytes) Memory { get; init; }
        public required long UsageNanocores { get; init; }
        public required long UsageKi { get; init; }
        public bool HasMetrics => Ready == "True";
        public string Ip => $"192.168.10.{10 + Index}";

        public ExpectedNode Expected(int podCount)
        {
            string status = Ready switch { "True" => "Ready", "False" => "NotReady", _ => "Unknown" };
            return new ExpectedNode(
                Name, Unschedulable ? status + ",SchedulingDisabled" : status, Ready == "True", Unschedulable, podCount,
                Cpu.Milli, Memory.Bytes, HasMetrics ? UsageNanocores / 1e6 : null, HasMetrics ? UsageKi * 1024.0 : null);
        }
    }

    private sealed class DeploymentPlan
    {
        public required string Namespace { get; init; }
        public required string Name { get; init; }
        public required string Hash { get; init; }
        public required int Replicas { get; init; }
        public required long Created { get; init; }
        public required List<ContainerPlan> Containers { get; init; }
        public required ContainerPlan? Init { get; init; }
        public required bool HasOldReplicaSet { get; init; }
        public required int Index { get; init; }
        public string ReplicaSet => $"{Name}-{Hash}";

        public List<string> Images() => [.. Containers.Select(c => c.Image).Distinct()];

        public int Ready { get; set; }
    }

    private sealed class PodPlan
    {
        public required string Namespace { get; init; }
        public required string Name { get; init; }
        public required string OwnerKind { get; init; }
        public required string OwnerName { get; init; }
        public required DeploymentPlan? Deployment { get; init; }
        public required NodePlan? Node { get; init; }
        public required PodState State { get; init; }
        public required List<ContainerPlan> Containers { get; init; }
        public required ContainerPlan? Init { get; init; }
        public required long Created { get; init; }
        public required int Restarts { get; init; }
        public required int Index { get; init; }

        public string Phase => State switch
        {
            PodState.ImagePullBackOff or PodState.Unscheduled => "Pending",
            PodState.Completed => "Succeeded",
            _ => "Running",
        };

        // The main container carries the state; sidecars run and are ready whenever the pod is scheduled.
        public bool MainReady => State is PodState.Running or PodState.RunningAfterOomKill;

        public bool SidecarsReady => State is not (PodState.Unscheduled or PodState.Completed or PodState.ImagePullBackOff);

        public int ReadyContainers => (MainReady ? 1 : 0) + (SidecarsReady ? Containers.Count - 1 : 0);

        public bool IsReady => ReadyContainers == Containers.Count && Containers.Count > 0;

        public bool HasMetrics => Node is { HasMetrics: true } && Phase == "Running";

        public string? LastTerminationReason => State switch
        {
            PodState.CrashLoopBackOff => "Error",
            PodState.OomKilled or PodState.RunningAfterOomKill => "OOMKilled",
            _ => null,
        };

        public string Status => State switch
        {
            PodState.CrashLoopBackOff => "CrashLoopBackOff",
            PodState.ImagePullBackOff => "ImagePullBackOff",
            PodState.OomKilled => "OOMKilled",
            PodState.Completed => "Completed",
            _ => Phase,
        };

        public long UsageNanocores => 1_000_000L + (Index * 7_919_333L % 400_000_000L);

        public long UsageKi => 20_000 + (Index * 7_919L % 900_000);

        public ExpectedPod Expected() => new(
            Namespace, Name, Node?.Name ?? string.Empty, Phase, Status, IsReady, ReadyContainers, Containers.Count, Restarts,
            Sum(Containers.Select(c => c.CpuRequest)), Sum(Containers.Select(c => c.CpuLimit)),
            Sum(Containers.Select(c => c.MemoryRequest)), Sum(Containers.Select(c => c.MemoryLimit)),
            [.. Containers.Select(c => c.Image).Distinct()], LastTerminationReason, Deployment?.Name,
            HasMetrics ? CpuUsageMilli : null, HasMetrics ? UsageKi * 1024.0 : null);

        // One container: the raw nanocores; several: the agent sums them as whole millicores.
        public double CpuUsageMilli => Containers.Count == 1 ? UsageNanocores / 1e6 : UsageNanocores / 1_000_000;

        private static double? Sum(IEnumerable<(string Raw, double Value)?> values)
        {
            double? total = null;
            foreach ((string _, double value) in values.OfType<(string, double)>())
            {
                total = (total ?? 0) + value;
            }

            return total;
        }
    }
}
