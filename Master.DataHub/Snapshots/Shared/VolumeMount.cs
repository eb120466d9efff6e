namespace Master.DataHub.Snapshots;

/// <summary>A volume mounted into a container.</summary>
public sealed class VolumeMount
{
    /// <summary>The volume name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The path in the container.</summary>
    public string MountPath { get; set; } = string.Empty;

    /// <summary>The sub-path of the volume.</summary>
    public string SubPath { get; set; } = string.Empty;

    /// <summary>True when mounted read-only.</summary>
    public bool ReadOnly { get; set; }
}
