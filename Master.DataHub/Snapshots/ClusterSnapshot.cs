using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>
/// The full state of one cluster as its agent pushed it (agent-protocol.md §4.2), normalised by the Processor.
/// </summary>
/// <remarks>
/// Every list and map is empty, never null, when the agent sent it missing or <c>null</c>. The members are settable because
/// <see cref="SnapshotJson"/> fills them and the Processor then writes normalised and derived values in place; once the
/// snapshot is handed to the hub (<see cref="ISnapshotStore.SetSnapshotAsync"/>) it is read-only by convention and is
/// shared between readers without copying, so nobody may change it any more.
/// </remarks>
public sealed class ClusterSnapshot
{
    /// <summary>The cluster id; Master overwrites it with the effective id of the request.</summary>
    public string ClusterId { get; set; } = string.Empty;

    /// <summary>Agent clock at collection start, in UTC.</summary>
    public Timestamp FetchedAt { get; set; }

    /// <summary>Every pod; empty when none.</summary>
    public List<Pod> Pods { get; set => field = value ?? []; } = [];

    /// <summary>Every Deployment; empty when none.</summary>
    public List<Deployment> Deployments { get; set => field = value ?? []; } = [];

    /// <summary>Every StatefulSet; empty when none.</summary>
    public List<StatefulSet> StatefulSets { get; set => field = value ?? []; } = [];

    /// <summary>Every DaemonSet; empty when none.</summary>
    public List<DaemonSet> DaemonSets { get; set => field = value ?? []; } = [];

    /// <summary>Every ReplicaSet; empty when none.</summary>
    public List<ReplicaSet> ReplicaSets { get; set => field = value ?? []; } = [];

    /// <summary>Every Job; empty when none.</summary>
    public List<Job> Jobs { get; set => field = value ?? []; } = [];

    /// <summary>Every CronJob; empty when none.</summary>
    public List<CronJob> CronJobs { get; set => field = value ?? []; } = [];

    /// <summary>Every Service; empty when none.</summary>
    public List<Service> Services { get; set => field = value ?? []; } = [];

    /// <summary>Every Ingress; empty when none.</summary>
    public List<Ingress> Ingresses { get; set => field = value ?? []; } = [];

    /// <summary>Every namespace; empty when none.</summary>
    public List<KubeNamespace> Namespaces { get; set => field = value ?? []; } = [];

    /// <summary>Every ConfigMap (keys only); empty when none.</summary>
    public List<ConfigMap> ConfigMaps { get; set => field = value ?? []; } = [];

    /// <summary>Every Secret (keys only); empty when none.</summary>
    public List<Secret> Secrets { get; set => field = value ?? []; } = [];

    /// <summary>Every ResourceQuota; empty when none.</summary>
    public List<ResourceQuota> ResourceQuotas { get; set => field = value ?? []; } = [];

    /// <summary>Every LimitRange; empty when none.</summary>
    public List<LimitRange> LimitRanges { get; set => field = value ?? []; } = [];

    /// <summary>Every NetworkPolicy; empty when none.</summary>
    public List<NetworkPolicy> NetworkPolicies { get; set => field = value ?? []; } = [];

    /// <summary>Every ServiceAccount; empty when none.</summary>
    public List<ServiceAccount> ServiceAccounts { get; set => field = value ?? []; } = [];

    /// <summary>Every PersistentVolume (wire name <c>pvs</c>); empty when none.</summary>
    [JsonPropertyName("pvs")]
    public List<PersistentVolume> PersistentVolumes { get; set => field = value ?? []; } = [];

    /// <summary>Every PersistentVolumeClaim (wire name <c>pvcs</c>); empty when none.</summary>
    [JsonPropertyName("pvcs")]
    public List<PersistentVolumeClaim> PersistentVolumeClaims { get; set => field = value ?? []; } = [];

    /// <summary>Every node; empty when none.</summary>
    public List<Node> Nodes { get; set => field = value ?? []; } = [];

    /// <summary>The core/v1 Events the API server currently holds; empty when none.</summary>
    public List<KubeEvent> Events { get; set => field = value ?? []; } = [];

    /// <summary>Observability data; null unless the agent has ClickHouse configured.</summary>
    public OTelSnapshot? Otel { get; set; }

    /// <summary>The agent's own counts; Master may recompute them from the lists.</summary>
    public ClusterSummary Summary { get; set => field = value ?? new(); } = new();
}
