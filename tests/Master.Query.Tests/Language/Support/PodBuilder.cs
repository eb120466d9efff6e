using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One pod of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.1).</summary>
internal sealed class PodBuilder(string ns, string name)
{
    private readonly List<Entry> _containers = [];
    private readonly Dictionary<string, string> _labels = [];
    private string? _node;
    private string? _phase;
    private string? _ownerKind;
    private string? _ownerName;
    private string? _cpuUsage;
    private string? _memoryUsage;
    private string? _qos;
    private TimeSpan _age = TimeSpan.FromDays(1);

    public string Namespace => ns;

    public string Name => name;

    public string? NodeName => _node;

    /// <summary>The phase as written; by default Running on a node and Pending without one.</summary>
    public string EffectivePhase => _phase ?? (_node is null ? "Pending" : "Running");

    public PodBuilder Node(string node)
    {
        _node = node;
        return this;
    }

    public PodBuilder Phase(string phase)
    {
        _phase = phase;
        return this;
    }

    /// <summary>
    /// Adds a container. <paramref name="state"/> is the agent's <c>running</c>, <c>waiting</c>, <c>terminated</c> or
    /// <c>""</c>; a container is ready when it is running unless <paramref name="ready"/> says otherwise.
    /// </summary>
    public PodBuilder Container(
        string container, string image, int restarts = 0, string state = "running", string? reason = null, bool? ready = null,
        string? lastTermination = null)
    {
        _containers.Add(new Entry(container, image, restarts, state, reason, ready ?? state == "running", lastTermination));
        return this;
    }

    /// <summary>Requests of the container added last.</summary>
    public PodBuilder Requests(string? cpu = null, string? memory = null)
    {
        Last.Requests = (cpu, memory);
        return this;
    }

    /// <summary>Limits of the container added last.</summary>
    public PodBuilder Limits(string? cpu = null, string? memory = null)
    {
        Last.Limits = (cpu, memory);
        return this;
    }

    public PodBuilder Labels(params (string Key, string Value)[] labels)
    {
        foreach (var (key, value) in labels)
        {
            _labels[key] = value;
        }

        return this;
    }

    /// <summary>The pod was created <paramref name="age"/> before the snapshot.</summary>
    public PodBuilder Created(TimeSpan age)
    {
        _age = age;
        return this;
    }

    public PodBuilder OwnedBy(string kind, string owner)
    {
        (_ownerKind, _ownerName) = (kind, owner);
        return this;
    }

    /// <summary>metrics-server usage, as the agent writes it (a raw quantity; <c>"120m"</c>, <c>"300Mi"</c> are valid too).</summary>
    public PodBuilder Usage(string cpu, string memory)
    {
        (_cpuUsage, _memoryUsage) = (cpu, memory);
        return this;
    }

    /// <summary>Overrides the QoS class the builder derives from requests and limits.</summary>
    public PodBuilder Qos(string qos)
    {
        _qos = qos;
        return this;
    }

    private Entry Last => _containers.Count > 0 ? _containers[^1] : throw new InvalidOperationException("add a container first");

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        if (_containers.Count == 0)
        {
            Container(name.Split('-')[0], "registry.k8s.io/pause:3.9");
        }

        var created = snapshot.Now - _age;
        var summary = new JsonObject { ["name"] = name, ["namespace"] = ns };
        summary.Opt("nodeName", _node).Opt("ownerKind", _ownerKind).Opt("ownerName", _ownerName);
        summary["createdAt"] = Wire.Time(created);
        summary["age"] = Wire.Age(_age);

        var ready = _containers.Count(c => c.Ready);
        var status = new JsonObject
        {
            ["phase"] = EffectivePhase,
            ["ready"] = $"{ready}/{_containers.Count}",
            ["restarts"] = _containers.Sum(c => c.Restarts),
            ["qosClass"] = _qos ?? QosClass(),
        };
        if (_node is not null)
        {
            var ip = snapshot.NextPodIp();
            status["podIP"] = ip;
            status["podIPs"] = Wire.Strings([ip]);
            status["hostIP"] = snapshot.NodeIp(_node);
        }

        var allReady = ready == _containers.Count;
        if (_node is not null && !allReady)
        {
            status["reason"] = "ContainersNotReady";
            status["message"] = $"containers with unready status: [{string.Join(" ", _containers.Where(c => !c.Ready).Select(c => c.Name))}]";
        }

        status["conditions"] = Conditions(created, allReady);
        status.Opt("cpuUsage", _cpuUsage).Opt("memoryUsage", _memoryUsage);

        var pod = new JsonObject
        {
            ["summary"] = summary,
            ["spec"] = new JsonObject
            {
                ["restartPolicy"] = _ownerKind == "Job" ? "OnFailure" : "Always",
                ["serviceAccountName"] = "default",
                ["dnsPolicy"] = "ClusterFirst",
                ["terminationGracePeriodSeconds"] = 30,
            },
            ["status"] = status,
            ["containers"] = new JsonArray([.. _containers.Select(c => (JsonNode)c.ToJson(snapshot.Now))]),
        };
        pod.Opt("labels", _labels);
        return pod;
    }

    private JsonArray Conditions(DateTimeOffset created, bool allReady)
    {
        static JsonObject Condition(string type, string status, DateTimeOffset at, string? reason = null) =>
            new JsonObject { ["type"] = type, ["status"] = status }.Opt("reason", reason).Opt("lastTransitionTime", Wire.Time(at));

        if (_node is null)
        {
            return [Condition("PodScheduled", "False", created, "Unschedulable")];
        }

        var readiness = allReady ? "True" : "False";
        return
        [
            Condition("PodScheduled", "True", created),
            Condition("Initialized", "True", created.AddSeconds(2)),
            Condition("Ready", readiness, created.AddSeconds(11), allReady ? null : "ContainersNotReady"),
            Condition("ContainersReady", readiness, created.AddSeconds(11), allReady ? null : "ContainersNotReady"),
        ];
    }

    // Kubernetes' rule: no requests or limits anywhere is BestEffort; limits equal to requests for cpu and memory in every
    // container is Guaranteed; anything else is Burstable.
    private string QosClass()
    {
        if (_containers.All(c => c.Requests == default && c.Limits == default))
        {
            return "BestEffort";
        }

        return _containers.All(c => c.Limits.Cpu is not null && c.Limits.Memory is not null
            && (c.Requests == default || c.Requests == c.Limits)) ? "Guaranteed" : "Burstable";
    }

    private sealed record Entry(
        string Name, string Image, int Restarts, string State, string? Reason, bool Ready, string? LastTermination)
    {
        public (string? Cpu, string? Memory) Requests { get; set; }

        public (string? Cpu, string? Memory) Limits { get; set; }

        public JsonObject ToJson(DateTimeOffset now)
        {
            var o = new JsonObject
            {
                ["name"] = Name,
                ["image"] = Image,
                ["imagePullPolicy"] = Image.EndsWith(":latest", StringComparison.Ordinal) ? "Always" : "IfNotPresent",
            };
            Resources(o, "requests", Requests);
            Resources(o, "limits", Limits);
            o["state"] = State;
            o.Opt("stateReason", Reason);
            if (Reason is "CrashLoopBackOff")
            {
                o["stateMessage"] = $"back-off 5m0s restarting failed container={Name}";
            }

            o["ready"] = Ready;
            o["restartCount"] = Restarts;
            if (LastTermination is not null)
            {
                o["lastTerminationReason"] = LastTermination;
                o["lastTerminationTime"] = Wire.Time(now.AddMinutes(-3));
            }

            return o;
        }

        private static void Resources(JsonObject o, string key, (string? Cpu, string? Memory) resources)
        {
            if (resources == default)
            {
                return;
            }

            o[key] = new JsonObject().Opt("cpu", resources.Cpu).Opt("memory", resources.Memory);
        }
    }
}
