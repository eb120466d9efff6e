namespace Master.DataHub.Snapshots;

/// <summary>Which affinities are configured; each member is only a marker string, and any non-empty value means "set".</summary>
public sealed class Affinity
{
    /// <summary>Non-empty when node affinity is configured.</summary>
    public string NodeAffinity { get; set; } = string.Empty;

    /// <summary>Non-empty when pod affinity is configured.</summary>
    public string PodAffinity { get; set; } = string.Empty;

    /// <summary>Non-empty when pod anti-affinity is configured.</summary>
    public string PodAntiAffinity { get; set; } = string.Empty;
}
