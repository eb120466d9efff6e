namespace Master.DataHub.Snapshots;

/// <summary>A condition of a StatefulSet, DaemonSet or Job.</summary>
public sealed class WorkloadCondition
{
    /// <summary>The condition type.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>True, False or Unknown.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Machine-readable reason of the last transition.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Human-readable message of the last transition.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>When the condition was last updated, in UTC; unset when the agent sent none.</summary>
    public Timestamp LastUpdateTime { get; set; }

    /// <summary>When the condition last changed status, in UTC; unset when the agent sent none.</summary>
    public Timestamp LastTransitionTime { get; set; }
}
