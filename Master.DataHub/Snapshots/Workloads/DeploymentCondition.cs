namespace Master.DataHub.Snapshots;

/// <summary>A Deployment condition.</summary>
public sealed class DeploymentCondition
{
    /// <summary>Available, Progressing or ReplicaFailure.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>True, False or Unknown.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Machine-readable reason of the last transition.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Human-readable message of the last transition.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>When the condition was last updated, in UTC.</summary>
    public Timestamp LastUpdateTime { get; set; }

    /// <summary>When the condition last changed status, in UTC.</summary>
    public Timestamp LastTransitionTime { get; set; }
}
