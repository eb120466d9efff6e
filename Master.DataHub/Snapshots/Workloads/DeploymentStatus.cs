namespace Master.DataHub.Snapshots;

/// <summary>The observed status of a Deployment.</summary>
public sealed class DeploymentStatus
{
    /// <summary>The generation the controller observed.</summary>
    public long ObservedGeneration { get; set; }

    /// <summary>Total pods targeted.</summary>
    public int Replicas { get; set; }

    /// <summary>Pods of the current template.</summary>
    public int UpdatedReplicas { get; set; }

    /// <summary>Ready pods.</summary>
    public int ReadyReplicas { get; set; }

    /// <summary>Available pods.</summary>
    public int AvailableReplicas { get; set; }

    /// <summary>Unavailable pods.</summary>
    public int UnavailableReplicas { get; set; }

    /// <summary>Hash collision count.</summary>
    public int CollisionCount { get; set; }

    /// <summary>The deployment conditions; empty when none.</summary>
    public List<DeploymentCondition> Conditions { get; set => field = value ?? []; } = [];
}
