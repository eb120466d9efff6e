namespace Master.DataHub.Snapshots;

/// <summary>One limit of a LimitRange.</summary>
public sealed class LimitRangeItem
{
    /// <summary>Container, Pod or PersistentVolumeClaim.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>Default limits by resource name; empty when none.</summary>
    public Dictionary<string, Quantity> Default { get; set => field = value ?? []; } = [];

    /// <summary>Default requests by resource name; empty when none.</summary>
    public Dictionary<string, Quantity> DefaultRequest { get; set => field = value ?? []; } = [];

    /// <summary>Maximums by resource name; empty when none.</summary>
    public Dictionary<string, Quantity> Max { get; set => field = value ?? []; } = [];

    /// <summary>Minimums by resource name; empty when none.</summary>
    public Dictionary<string, Quantity> Min { get; set => field = value ?? []; } = [];

    /// <summary>Maximum limit-to-request ratios by resource name (dimensionless); empty when none.</summary>
    public Dictionary<string, Quantity> MaxLimitRequestRatio { get; set => field = value ?? []; } = [];
}
