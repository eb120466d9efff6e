namespace Master.DataHub.Snapshots;

/// <summary>A claim template of a StatefulSet.</summary>
public sealed class VolumeClaimTemplate
{
    /// <summary>The template name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Requested access modes; empty when none.</summary>
    public List<string> AccessModes { get; set => field = value ?? []; } = [];

    /// <summary>The storage class.</summary>
    public string StorageClass { get; set; } = string.Empty;

    /// <summary>Requested storage (bytes once normalised).</summary>
    public Quantity Storage { get; set; }

    /// <summary>The volume selector's matchLabels; empty when none.</summary>
    public Dictionary<string, string> Selector { get; set => field = value ?? []; } = [];
}
