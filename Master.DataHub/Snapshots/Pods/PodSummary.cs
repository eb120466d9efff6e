namespace Master.DataHub.Snapshots;

/// <summary>The identity of a pod.</summary>
public sealed class PodSummary
{
    /// <summary>The pod name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The pod namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The node the pod is scheduled on; empty while unscheduled.</summary>
    public string NodeName { get; set; } = string.Empty;

    /// <summary>Kind of the first ownerReference (usually ReplicaSet, DaemonSet, StatefulSet or Job).</summary>
    public string OwnerKind { get; set; } = string.Empty;

    /// <summary>Name of the first ownerReference.</summary>
    public string OwnerName { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection ("3d", "5h", "12m", "0m").</summary>
    public string Age { get; set; } = string.Empty;
}
