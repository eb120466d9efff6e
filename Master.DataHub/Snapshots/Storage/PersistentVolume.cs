namespace Master.DataHub.Snapshots;

/// <summary>A PersistentVolume (agent-protocol.md §4.3.18).</summary>
public sealed class PersistentVolume : CommonMeta
{
    /// <summary>The capacity (bytes once normalised).</summary>
    public Quantity Capacity { get; set; }

    /// <summary>Available, Bound, Released or Failed.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>The storage class.</summary>
    public string StorageClass { get; set; } = string.Empty;

    /// <summary>The access modes; empty when none.</summary>
    public List<string> AccessModes { get; set => field = value ?? []; } = [];

    /// <summary>Retain, Delete or Recycle.</summary>
    public string ReclaimPolicy { get; set; } = string.Empty;

    /// <summary>The kind of volume source.</summary>
    public string VolumeSourceType { get; set; } = string.Empty;

    /// <summary>The name of the bound claim.</summary>
    public string ClaimRefName { get; set; } = string.Empty;

    /// <summary>The namespace of the bound claim.</summary>
    public string ClaimRefNamespace { get; set; } = string.Empty;
}
