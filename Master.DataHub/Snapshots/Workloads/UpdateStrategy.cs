namespace Master.DataHub.Snapshots;

/// <summary>The update strategy of a StatefulSet or DaemonSet.</summary>
public sealed class UpdateStrategy
{
    /// <summary>RollingUpdate or OnDelete.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The StatefulSet partition.</summary>
    public int Partition { get; set; }

    /// <summary>Pods that may be unavailable (int-or-percent).</summary>
    public string MaxUnavailable { get; set; } = string.Empty;

    /// <summary>Pods that may be created above the desired count (int-or-percent).</summary>
    public string MaxSurge { get; set; } = string.Empty;
}
