namespace Master.DataHub.Snapshots;

/// <summary>A volume of a pod or template.</summary>
public sealed class VolumeSpec
{
    /// <summary>The volume name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>ConfigMap, Secret, EmptyDir, PVC, HostPath, Projected, DownwardAPI or Other.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The referenced name or path.</summary>
    public string Source { get; set; } = string.Empty;
}
