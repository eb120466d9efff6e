namespace Master.DataHub.Snapshots;

/// <summary>The spec of a Deployment.</summary>
public sealed class DeploymentSpec
{
    /// <summary>Desired replicas.</summary>
    public int Replicas { get; set; }

    /// <summary>The pod selector; null when absent.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>The update strategy; null when absent.</summary>
    public DeploymentStrategy? Strategy { get; set; }

    /// <summary>Seconds a pod must be ready to count as available.</summary>
    public int MinReadySeconds { get; set; }

    /// <summary>Old ReplicaSets kept.</summary>
    public int RevisionHistoryLimit { get; set; }

    /// <summary>Seconds before a stalled rollout counts as failed.</summary>
    public int ProgressDeadlineSeconds { get; set; }
}
