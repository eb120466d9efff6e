namespace Master.DataHub.Snapshots;

/// <summary>Pods on a node against its pod capacity.</summary>
public sealed class PodCountMetric
{
    /// <summary>Pods scheduled on the node in this snapshot.</summary>
    public int Used { get; set; }

    /// <summary>Pod capacity of the node.</summary>
    public int Capacity { get; set; }

    /// <summary>Used over capacity in percent (0-100).</summary>
    public double UtilPct { get; set; }
}
