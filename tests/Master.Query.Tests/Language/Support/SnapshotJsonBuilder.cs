using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>
/// Builds one cluster snapshot in the agent's exact wire format (agent-protocol.md §4.2) from a fluent description:
/// <c>.Pod("default", "web-1", p => p.Node("n1").Container("web", "nginx:1.25", restarts: 7))</c>. Lists and counts the agent
/// derives (namespaces used by objects, ReplicaSets of Deployments, <c>metrics.pods.used</c>, the <c>summary</c> block) are
/// derived here too, so that what the query sees is exactly what was described.
/// </summary>
internal sealed class SnapshotJsonBuilder(string clusterId, DateTimeOffset now)
{
    private readonly List<PodBuilder> _pods = [];
    private readonly List<NodeBuilder> _nodes = [];
    private readonly List<DeploymentBuilder> _deployments = [];
    private readonly List<(string Ns, StatefulSetBuilder Builder)> _statefulSets = [];
    private readonly List<(string Ns, DaemonSetBuilder Builder)> _daemonSets = [];
    private readonly List<(string Ns, ServiceBuilder Builder)> _services = [];
    private readonly List<(string Ns, IngressBuilder Builder)> _ingresses = [];
    private readonly List<NamespaceBuilder> _namespaces = [];
    private readonly List<(string Ns, EventBuilder Builder)> _events = [];
    private readonly List<(string Ns, JobBuilder Builder)> _jobs = [];
    private readonly List<(string Ns, CronJobBuilder Builder)> _cronJobs = [];
    private readonly List<(string Ns, PvcBuilder Builder)> _pvcs = [];
    private int _uids;
    private int _podIps;
    private int _serviceIps;

    public string ClusterId => clusterId;

    /// <summary>The agent's clock at collection; every age and "ago" is measured back from it.</summary>
    public DateTimeOffset Now => now;

    public SnapshotJsonBuilder Pod(string ns, string name, Action<PodBuilder>? configure = null) => Add(_pods, new PodBuilder(ns, name), configure);

    /// <summary>A node; its internal IP is <paramref name="ip"/> or one made from its position.</summary>
    public SnapshotJsonBuilder Node(string name, Action<NodeBuilder>? configure = null, string? ip = null) =>
        Add(_nodes, new NodeBuilder(name, ip ?? $"10.0.{_nodes.Count / 200}.{(_nodes.Count % 200) + 10}"), configure);

    public SnapshotJsonBuilder Deployment(string ns, string name, Action<DeploymentBuilder>? configure = null) =>
        Add(_deployments, new DeploymentBuilder(ns, name), configure);

    public SnapshotJsonBuilder StatefulSet(string ns, string name, Action<StatefulSetBuilder>? configure = null) =>
        AddScoped(_statefulSets, ns, new StatefulSetBuilder(ns, name), configure);

    public SnapshotJsonBuilder DaemonSet(string ns, string name, Action<DaemonSetBuilder>? configure = null) =>
        AddScoped(_daemonSets, ns, new DaemonSetBuilder(ns, name), configure);

    public SnapshotJsonBuilder Service(string ns, string name, Action<ServiceBuilder>? configure = null) =>
        AddScoped(_services, ns, new ServiceBuilder(ns, name), configure);

    public SnapshotJsonBuilder Ingress(string ns, string name, Action<IngressBuilder>? configure = null) =>
        AddScoped(_ingresses, ns, new IngressBuilder(ns, name), configure);

    /// <summary>A namespace; namespaces that objects use but that were not described are added as Active.</summary>
    public SnapshotJsonBuilder Namespace(string name, Action<NamespaceBuilder>? configure = null) =>
        Add(_namespaces, new NamespaceBuilder(name), configure);

    public SnapshotJsonBuilder Event(string ns, string reason, Action<EventBuilder>? configure = null) =>
        AddScoped(_events, ns, new EventBuilder(ns, reason), configure);

    public SnapshotJsonBuilder Job(string ns, string name, Action<JobBuilder>? configure = null) =>
        AddScoped(_jobs, ns, new JobBuilder(ns, name), configure);

    public SnapshotJsonBuilder CronJob(string ns, string name, Action<CronJobBuilder>? configure = null) =>
        AddScoped(_cronJobs, ns, new CronJobBuilder(ns, name), configure);

    public SnapshotJsonBuilder Pvc(string ns, string name, Action<PvcBuilder>? configure = null) =>
        AddScoped(_pvcs, ns, new PvcBuilder(ns, name), configure);

    /// <summary>The ReplicaSet a pod of <paramref name="deployment"/> is owned by; the Deployment must be described first.</summary>
    public string ReplicaSetOf(string ns, string deployment) =>
        _deployments.Single(d => d.Namespace == ns && d.Name == deployment).ReplicaSet;

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(Build());

    public JsonObject Build()
    {
        _uids = 0;
        _podIps = 0;
        _serviceIps = 0;
        var events = new JsonArray();
        for (var i = 0; i < _events.Count; i++)
        {
            events.Add(_events[i].Builder.Build(this, i));
        }

        var snapshot = new JsonObject
        {
            ["clusterId"] = clusterId,
            ["fetchedAt"] = Wire.Time(now),
            ["pods"] = Array(_pods.Select(p => p.Build(this))),
            ["deployments"] = Array(_deployments.Select(d => d.Build(this))),
            ["statefulSets"] = Array(_statefulSets.Select(s => s.Builder.Build(this))),
            ["daemonSets"] = Array(_daemonSets.Select(d => d.Builder.Build(this))),
            ["replicaSets"] = Array(_deployments.Select(d => d.BuildReplicaSet(this))),
            ["jobs"] = Array(_jobs.Select(j => j.Builder.Build(this))),
            ["cronJobs"] = Array(_cronJobs.Select(c => c.Builder.Build(this))),
            ["services"] = Array(_services.Select(s => s.Builder.Build(this))),
            ["ingresses"] = Array(_ingresses.Select(i => i.Builder.Build(this))),
            ["namespaces"] = Array(Namespaces().Select(n => n.Build(this, _pods,
                _deployments.Count(d => d.Namespace == n.Name), _services.Count(s => s.Ns == n.Name)))),
            ["configMaps"] = Array(Namespaces().Select(n => RootCa(n.Name))),
            ["secrets"] = new JsonArray(),
            ["pvs"] = new JsonArray(),
            ["pvcs"] = Array(_pvcs.Select(p => p.Builder.Build(this))),
            ["nodes"] = Array(_nodes.Select(n => n.Build(this, _pods.Count(p => p.NodeName == n.Name)))),
            ["events"] = events,
        };
        snapshot["summary"] = Summary(snapshot);
        return snapshot;
    }

    internal string NextUid() => $"5f3c9a1e-{clusterId.Length:x4}-4{_uids / 0x10000 % 0x1000:x3}-8{_uids % 0x1000:x3}-{++_uids:x12}";

    internal string NextPodIp() => $"10.244.{_podIps / 250}.{(_podIps++ % 250) + 2}";

    internal string NextServiceIp() => $"172.20.{_serviceIps / 250}.{(_serviceIps++ % 250) + 10}";

    internal string NodeIp(string node) => _nodes.FirstOrDefault(n => n.Name == node)?.Ip ?? "10.0.255.1";

    private SnapshotJsonBuilder Add<T>(List<T> list, T item, Action<T>? configure)
    {
        configure?.Invoke(item);
        list.Add(item);
        return this;
    }

    private SnapshotJsonBuilder AddScoped<T>(List<(string, T)> list, string ns, T item, Action<T>? configure)
    {
        configure?.Invoke(item);
        list.Add((ns, item));
        return this;
    }

    private List<NamespaceBuilder> Namespaces()
    {
        var used = _pods.Select(p => p.Namespace).Concat(_deployments.Select(d => d.Namespace))
            .Concat(_statefulSets.Select(s => s.Ns)).Concat(_daemonSets.Select(d => d.Ns)).Concat(_services.Select(s => s.Ns))
            .Concat(_ingresses.Select(i => i.Ns)).Concat(_events.Select(e => e.Ns)).Concat(_jobs.Select(j => j.Ns))
            .Concat(_cronJobs.Select(c => c.Ns)).Concat(_pvcs.Select(p => p.Ns));
        var all = new List<NamespaceBuilder>(_namespaces);
        foreach (var ns in used.Distinct(StringComparer.Ordinal).Where(ns => _namespaces.TrueForAll(n => n.Name != ns)))
        {
            all.Add(new NamespaceBuilder(ns));
        }

        return all;
    }

    private JsonObject RootCa(string ns)
    {
        var cm = Wire.Meta(NextUid(), "kube-root-ca.crt", ns, "ConfigMap", now - TimeSpan.FromDays(200));
        cm["dataKeys"] = Wire.Strings(["ca.crt"]);
        return cm;
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => [.. items];

    // The agent's own summary (agent-protocol.md §4.3.22), counted from the lists as the agent does.
    private static JsonObject Summary(JsonObject s)
    {
        static JsonArray List(JsonObject s, string key) => s[key]!.AsArray();
        static string Str(JsonNode? node, string path) =>
            path.Split('.').Aggregate(node, (n, key) => n?[key])?.GetValue<string>() ?? string.Empty;

        var pods = List(s, "pods");
        var deployments = List(s, "deployments");
        return new JsonObject
        {
            ["totalNodes"] = List(s, "nodes").Count,
            ["readyNodes"] = List(s, "nodes").Count(n => Str(n, "summary.ready") == "True"),
            ["totalPods"] = pods.Count,
            ["runningPods"] = pods.Count(p => Str(p, "status.phase") == "Running"),
            ["pendingPods"] = pods.Count(p => Str(p, "status.phase") == "Pending"),
            ["failedPods"] = pods.Count(p => Str(p, "status.phase") == "Failed"),
            ["totalDeployments"] = deployments.Count,
            ["healthyDeployments"] = deployments.Count(d => d!["summary"]!["replicas"]!.GetValue<int>() is var r && r > 0
                && d["summary"]!["ready"]!.GetValue<int>() == r),
            ["totalStatefulSets"] = List(s, "statefulSets").Count,
            ["totalDaemonSets"] = List(s, "daemonSets").Count,
            ["totalServices"] = List(s, "services").Count,
            ["totalIngresses"] = List(s, "ingresses").Count,
            ["totalNamespaces"] = List(s, "namespaces").Count,
            ["totalEvents"] = List(s, "events").Count,
            ["warningEvents"] = List(s, "events").Count(e => Str(e, "type") == "Warning"),
        };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{clusterId} ({_pods.Count} pods, {_nodes.Count} nodes)");
}
