namespace Master.DataHub.Snapshots;

/// <summary>The agent's own counts over the lists of the snapshot (agent-protocol.md §4.3.22); Master may recompute them.</summary>
public sealed class ClusterSummary
{
    /// <summary>Number of nodes.</summary>
    public int TotalNodes { get; set; }

    /// <summary>Number of nodes whose summary.ready is "True".</summary>
    public int ReadyNodes { get; set; }

    /// <summary>Number of pods.</summary>
    public int TotalPods { get; set; }

    /// <summary>Number of pods in phase Running.</summary>
    public int RunningPods { get; set; }

    /// <summary>Number of pods in phase Pending.</summary>
    public int PendingPods { get; set; }

    /// <summary>Number of pods in phase Failed.</summary>
    public int FailedPods { get; set; }

    /// <summary>Number of Deployments.</summary>
    public int TotalDeployments { get; set; }

    /// <summary>Number of Deployments whose ready count equals a non-zero replica count.</summary>
    public int HealthyDeployments { get; set; }

    /// <summary>Number of StatefulSets.</summary>
    public int TotalStatefulSets { get; set; }

    /// <summary>Number of DaemonSets.</summary>
    public int TotalDaemonSets { get; set; }

    /// <summary>Number of Services.</summary>
    public int TotalServices { get; set; }

    /// <summary>Number of Ingresses.</summary>
    public int TotalIngresses { get; set; }

    /// <summary>Number of namespaces.</summary>
    public int TotalNamespaces { get; set; }

    /// <summary>Number of events.</summary>
    public int TotalEvents { get; set; }

    /// <summary>Number of events of type Warning.</summary>
    public int WarningEvents { get; set; }
}
