namespace Master.DataHub.Snapshots;

/// <summary>A node condition.</summary>
public sealed class NodeCondition
{
    /// <summary>The condition type (Ready, MemoryPressure, DiskPressure, PIDPressure, ...).</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>True, False or Unknown.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Machine-readable reason of the last transition.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Human-readable message of the last transition.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>When the kubelet last reported the condition, in UTC.</summary>
    public Timestamp LastHeartbeatTime { get; set; }

    /// <summary>When the condition last changed status, in UTC.</summary>
    public Timestamp LastTransitionTime { get; set; }
}
