using System.Globalization;
using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One node of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.2).</summary>
internal sealed class NodeBuilder(string name, string ip)
{
    private readonly Dictionary<string, string> _labels = [];
    private string _ready = "True";
    private bool _cordoned;
    private bool _diskPressure;
    private bool _memoryPressure;
    private string _kubelet = "v1.30.4";
    private string _cpu = "4";
    private string _memory = "16384000Ki";
    private string? _cpuUsage;
    private string? _memoryUsage;
    private string[] _roles = ["worker"];
    private TimeSpan _age = TimeSpan.FromDays(120);

    public string Name => name;

    public string Ip => ip;

    /// <summary>The agent's <c>summary.ready</c>: <c>True</c>, <c>False</c> or <c>Unknown</c>.</summary>
    public NodeBuilder Ready(string ready)
    {
        _ready = ready;
        return this;
    }

    /// <summary>kubectl cordon: <c>spec.unschedulable</c> and a NoSchedule taint.</summary>
    public NodeBuilder Cordoned()
    {
        _cordoned = true;
        return this;
    }

    public NodeBuilder DiskPressure()
    {
        _diskPressure = true;
        return this;
    }

    public NodeBuilder MemoryPressure()
    {
        _memoryPressure = true;
        return this;
    }

    public NodeBuilder Kubelet(string version)
    {
        _kubelet = version;
        return this;
    }

    public NodeBuilder Zone(string zone)
    {
        _labels["topology.kubernetes.io/zone"] = zone;
        _labels["topology.kubernetes.io/region"] = zone[..^1];
        return this;
    }

    public NodeBuilder Roles(params string[] roles)
    {
        _roles = roles;
        return this;
    }

    /// <summary>Allocatable (and capacity) as the agent writes them: <c>cpu</c> in cores, <c>memory</c> in Ki.</summary>
    public NodeBuilder Allocatable(string cpu, string memory)
    {
        (_cpu, _memory) = (cpu, memory);
        return this;
    }

    /// <summary>metrics-server usage as raw quantities (<c>"3600000000n"</c>, <c>"15564800Ki"</c>).</summary>
    public NodeBuilder Usage(string cpu, string memory)
    {
        (_cpuUsage, _memoryUsage) = (cpu, memory);
        return this;
    }

    /// <summary>
    /// Usage as whole percentages of the default allocatable (4 cores, 16,384,000 Ki), so that the ratio the query sees is
    /// exactly <paramref name="cpuPercent"/> / 100.
    /// </summary>
    public NodeBuilder UsagePercent(int cpuPercent, int memoryPercent)
    {
        (_cpu, _memory) = ("4", "16384000Ki");
        return Usage($"{cpuPercent * 40_000_000L}n", $"{memoryPercent * 163_840L}Ki");
    }

    public NodeBuilder Created(TimeSpan age)
    {
        _age = age;
        return this;
    }

    public NodeBuilder Labels(params (string Key, string Value)[] labels)
    {
        foreach (var (key, value) in labels)
        {
            _labels[key] = value;
        }

        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot, int pods)
    {
        var now = snapshot.Now;
        var summary = new JsonObject
        {
            ["name"] = name,
            ["roles"] = Wire.Strings(_roles),
            ["ready"] = _ready,
            ["schedulable"] = !_cordoned,
            ["age"] = Wire.Age(_age),
            ["creationTime"] = Wire.Time(now - _age),
        };
        if (_cordoned)
        {
            summary["badges"] = Wire.Strings(["Cordoned"]);
        }

        if (_ready != "True")
        {
            summary["reason"] = "KubeletNotReady";
            summary["message"] = "container runtime network not ready";
        }

        var labels = new Dictionary<string, string>(_labels)
        {
            ["kubernetes.io/hostname"] = name,
            ["kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "amd64",
            ["node.kubernetes.io/instance-type"] = "m6i.xlarge",
        };
        var node = new JsonObject
        {
            ["summary"] = summary,
            ["spec"] = new JsonObject
            {
                ["podCIDRs"] = Wire.Strings([$"10.244.{ip.Split('.')[3]}.0/24"]),
                ["providerID"] = $"aws:///us-east-1a/i-0{ip.Replace(".", string.Empty, StringComparison.Ordinal)}",
            }.Opt("unschedulable", _cordoned),
            ["capacity"] = Resources(_cpu, _memory),
            ["allocatable"] = Resources(_cpu, _memory),
            ["addresses"] = new JsonObject
            {
                ["hostname"] = name,
                ["internalIP"] = ip,
                ["all"] = new JsonArray(
                    new JsonObject { ["type"] = "InternalIP", ["address"] = ip },
                    new JsonObject { ["type"] = "Hostname", ["address"] = name }),
            },
            ["info"] = new JsonObject
            {
                ["osImage"] = "Amazon Linux 2023.5.20240805",
                ["operatingSystem"] = "linux",
                ["architecture"] = "amd64",
                ["kernelVersion"] = "6.1.102-111.182.amzn2023.x86_64",
                ["containerRuntimeVersion"] = "containerd://1.7.20",
                ["kubeletVersion"] = _kubelet,
                ["kubeProxyVersion"] = _kubelet,
            },
            ["conditions"] = Conditions(now),
        };
        if (_cordoned)
        {
            node["taints"] = new JsonArray(new JsonObject
            {
                ["key"] = "node.kubernetes.io/unschedulable",
                ["effect"] = "NoSchedule",
                ["timeAdded"] = Wire.Time(now.AddHours(-2)),
            });
        }

        node["labels"] = Wire.Map(labels);
        node["metrics"] = Metrics(pods);
        return node;
    }

    private static JsonObject Resources(string cpu, string memory) =>
        new() { ["cpu"] = cpu, ["memory"] = memory, ["pods"] = "110", ["ephemeralStorage"] = "83873772Ki" };

    private JsonArray Conditions(DateTimeOffset now)
    {
        var heartbeat = _ready == "True" ? now.AddSeconds(-12) : now.AddMinutes(-15);
        JsonObject Condition(string type, bool on, string reason) => new()
        {
            ["type"] = type,
            ["status"] = type == "Ready" ? _ready : on ? "True" : "False",
            ["reason"] = reason,
            ["message"] = type == "Ready" ? (_ready == "True" ? "kubelet is posting ready status" : "Kubelet stopped posting node status.")
                : on ? $"kubelet has {type}" : $"kubelet has no {type}",
            ["lastHeartbeatTime"] = Wire.Time(heartbeat),
            ["lastTransitionTime"] = Wire.Time(now.AddDays(-3)),
        };

        return
        [
            Condition("MemoryPressure", _memoryPressure, _memoryPressure ? "KubeletHasInsufficientMemory" : "KubeletHasSufficientMemory"),
            Condition("DiskPressure", _diskPressure, _diskPressure ? "KubeletHasDiskPressure" : "KubeletHasNoDiskPressure"),
            Condition("PIDPressure", false, "KubeletHasSufficientPID"),
            Condition("Ready", _ready == "True", _ready == "True" ? "KubeletReady" : "KubeletNotReady"),
        ];
    }

    private JsonObject Metrics(int pods)
    {
        var metrics = new JsonObject
        {
            ["cpu"] = new JsonObject { ["usage"] = _cpuUsage ?? string.Empty, ["allocatable"] = _cpu, ["capacity"] = _cpu },
            ["memory"] = new JsonObject { ["usage"] = _memoryUsage ?? string.Empty, ["allocatable"] = _memory, ["capacity"] = _memory },
            ["pods"] = new JsonObject { ["used"] = pods, ["capacity"] = 110 },
        };
        if (pods > 0)
        {
            metrics["pods"]!["utilPct"] = Math.Round(pods / 110.0 * 100, 2);
        }

        // utilPct is written only for the default allocatable, the case the agent's own arithmetic is easy to repeat here.
        if (_cpuUsage is not null && _memoryUsage is not null && _cpu == "4" && _memory == "16384000Ki"
            && double.IsFinite(Nanocores(_cpuUsage)) && double.IsFinite(Kibibytes(_memoryUsage)))
        {
            metrics["cpu"]!["utilPct"] = Math.Round(Nanocores(_cpuUsage) / 4e9 * 100, 2);
            metrics["memory"]!["utilPct"] = Math.Round(Kibibytes(_memoryUsage) / 16_384_000.0 * 100, 2);
        }

        metrics["pressure"] = new JsonObject().Opt("memoryPressure", _memoryPressure).Opt("diskPressure", _diskPressure);
        return metrics;
    }

    private static double Nanocores(string raw) =>
        raw.EndsWith('n') ? double.Parse(raw[..^1], CultureInfo.InvariantCulture) : double.NaN;

    private static double Kibibytes(string raw) =>
        raw.EndsWith("Ki", StringComparison.Ordinal) ? double.Parse(raw[..^2], CultureInfo.InvariantCulture) : double.NaN;
}
