namespace Master.DataHub.Snapshots;

/// <summary>The StatefulSet claim retention policy.</summary>
public sealed class PvcRetentionPolicy
{
    /// <summary>Retain or Delete.</summary>
    public string WhenDeleted { get; set; } = string.Empty;

    /// <summary>Retain or Delete.</summary>
    public string WhenScaled { get; set; } = string.Empty;
}
