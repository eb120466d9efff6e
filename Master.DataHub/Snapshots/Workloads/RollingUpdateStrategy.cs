namespace Master.DataHub.Snapshots;

/// <summary>Rolling update parameters; int-or-percent strings, not quantities.</summary>
public sealed class RollingUpdateStrategy
{
    /// <summary>Pods that may be unavailable ("25%", "1").</summary>
    public string MaxUnavailable { get; set; } = string.Empty;

    /// <summary>Pods that may be created above the desired count ("25%", "1").</summary>
    public string MaxSurge { get; set; } = string.Empty;
}
