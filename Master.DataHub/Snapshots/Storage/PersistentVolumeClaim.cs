namespace Master.DataHub.Snapshots;

/// <summary>A PersistentVolumeClaim (agent-protocol.md §4.3.19).</summary>
public sealed class PersistentVolumeClaim : CommonMeta
{
    /// <summary>Pending, Bound or Lost.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>The bound volume.</summary>
    public string VolumeName { get; set; } = string.Empty;

    /// <summary>The storage class.</summary>
    public string StorageClass { get; set; } = string.Empty;

    /// <summary>The access modes; empty when none.</summary>
    public List<string> AccessModes { get; set => field = value ?? []; } = [];

    /// <summary>The requested storage (bytes once normalised).</summary>
    public Quantity RequestedCapacity { get; set; }

    /// <summary>The bound capacity (bytes once normalised).</summary>
    public Quantity ActualCapacity { get; set; }

    /// <summary>Filesystem or Block.</summary>
    public string VolumeMode { get; set; } = string.Empty;
}
