namespace Master.DataHub.Snapshots;

/// <summary>Usage of one node resource.</summary>
public sealed class NodeResourceMetric
{
    /// <summary>Current usage; empty without metrics-server.</summary>
    public Quantity Usage { get; set; }

    /// <summary>The allocatable amount.</summary>
    public Quantity Allocatable { get; set; }

    /// <summary>The capacity.</summary>
    public Quantity Capacity { get; set; }

    /// <summary>Usage over allocatable in percent (0-100), as the agent computed it.</summary>
    public double UtilPct { get; set; }
}
