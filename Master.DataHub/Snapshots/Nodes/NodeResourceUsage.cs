namespace Master.DataHub.Snapshots;

/// <summary>The agent's summary of a node's resource usage.</summary>
public sealed class NodeResourceUsage
{
    /// <summary>CPU usage; quantities are CPU.</summary>
    public NodeResourceMetric Cpu { get; set => field = value ?? new(); } = new();

    /// <summary>Memory usage; quantities are bytes.</summary>
    public NodeResourceMetric Memory { get; set => field = value ?? new(); } = new();

    /// <summary>Pods scheduled against capacity.</summary>
    public PodCountMetric Pods { get; set => field = value ?? new(); } = new();

    /// <summary>Pressure flags.</summary>
    public PressureFlags Pressure { get; set => field = value ?? new(); } = new();
}
