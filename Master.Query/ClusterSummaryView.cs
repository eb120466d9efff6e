using Master.DataHub.Snapshots;

namespace Master.Query;

/// <summary>Counts over a cluster's latest snapshot, as the Processor recomputed them.</summary>
/// <param name="Nodes">Nodes.</param>
/// <param name="ReadyNodes">Nodes whose Ready condition is True.</param>
/// <param name="Pods">Pods.</param>
/// <param name="RunningPods">Pods in phase Running.</param>
/// <param name="PendingPods">Pods in phase Pending.</param>
/// <param name="FailedPods">Pods in phase Failed.</param>
/// <param name="Deployments">Deployments.</param>
/// <param name="HealthyDeployments">Deployments whose ready count equals a non-zero replica count.</param>
/// <param name="StatefulSets">StatefulSets.</param>
/// <param name="DaemonSets">DaemonSets.</param>
/// <param name="Services">Services.</param>
/// <param name="Ingresses">Ingresses.</param>
/// <param name="Namespaces">Namespaces.</param>
/// <param name="Events">Events.</param>
/// <param name="WarningEvents">Events of type Warning.</param>
public sealed record ClusterSummaryView(
    int Nodes,
    int ReadyNodes,
    int Pods,
    int RunningPods,
    int PendingPods,
    int FailedPods,
    int Deployments,
    int HealthyDeployments,
    int StatefulSets,
    int DaemonSets,
    int Services,
    int Ingresses,
    int Namespaces,
    int Events,
    int WarningEvents)
{
    /// <summary>Copies the counts of a snapshot's summary.</summary>
    public static ClusterSummaryView From(ClusterSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ClusterSummaryView(
            summary.TotalNodes,
            summary.ReadyNodes,
            summary.TotalPods,
            summary.RunningPods,
            summary.PendingPods,
            summary.FailedPods,
            summary.TotalDeployments,
            summary.HealthyDeployments,
            summary.TotalStatefulSets,
            summary.TotalDaemonSets,
            summary.TotalServices,
            summary.TotalIngresses,
            summary.TotalNamespaces,
            summary.TotalEvents,
            summary.WarningEvents);
    }
}
