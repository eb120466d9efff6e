namespace Master.DataHub.Snapshots;

/// <summary>Node pressure flags.</summary>
public sealed class PressureFlags
{
    /// <summary>True under memory pressure.</summary>
    public bool MemoryPressure { get; set; }

    /// <summary>True under disk pressure.</summary>
    public bool DiskPressure { get; set; }

    /// <summary>True under PID pressure.</summary>
    public bool PidPressure { get; set; }

    /// <summary>True when the node network is unavailable.</summary>
    public bool NetworkUnavailable { get; set; }
}
