using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>Object counts of a namespace, made by the agent.</summary>
public sealed class NamespaceResources
{
    /// <summary>Pods.</summary>
    public int Pods { get; set; }

    /// <summary>Running pods.</summary>
    public int PodsRunning { get; set; }

    /// <summary>Pending pods.</summary>
    public int PodsPending { get; set; }

    /// <summary>Failed pods.</summary>
    public int PodsFailed { get; set; }

    /// <summary>Succeeded pods.</summary>
    public int PodsSucceeded { get; set; }

    /// <summary>Deployments.</summary>
    public int Deployments { get; set; }

    /// <summary>StatefulSets.</summary>
    public int StatefulSets { get; set; }

    /// <summary>DaemonSets.</summary>
    public int DaemonSets { get; set; }

    /// <summary>ReplicaSets.</summary>
    public int ReplicaSets { get; set; }

    /// <summary>Jobs.</summary>
    public int Jobs { get; set; }

    /// <summary>CronJobs.</summary>
    public int CronJobs { get; set; }

    /// <summary>Services.</summary>
    public int Services { get; set; }

    /// <summary>Ingresses.</summary>
    public int Ingresses { get; set; }

    /// <summary>NetworkPolicies.</summary>
    public int NetworkPolicies { get; set; }

    /// <summary>ConfigMaps.</summary>
    public int ConfigMaps { get; set; }

    /// <summary>Secrets.</summary>
    public int Secrets { get; set; }

    /// <summary>ServiceAccounts.</summary>
    public int ServiceAccounts { get; set; }

    /// <summary>PersistentVolumeClaims.</summary>
    [JsonPropertyName("pvcs")]
    public int PersistentVolumeClaims { get; set; }
}
