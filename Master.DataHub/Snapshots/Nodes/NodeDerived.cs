namespace Master.DataHub.Snapshots;

/// <summary>
/// Values Master derives for a node (query-dsl.md "Resource kinds and fields"); the Processor computes and fills them,
/// they are never taken from the agent.
/// </summary>
public sealed class NodeDerived
{
    /// <summary>Ready, NotReady or Unknown, with ",SchedulingDisabled" appended when the node is cordoned.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>True when the node's Ready condition is True.</summary>
    public bool Ready { get; set; }

    /// <summary>Number of pods of the snapshot scheduled on the node.</summary>
    public int PodCount { get; set; }

    /// <summary>CPU usage as a ratio of allocatable CPU (0.8 = 80 %); null without metrics or allocatable.</summary>
    public double? CpuUsage { get; set; }

    /// <summary>Memory usage as a ratio of allocatable memory (0.8 = 80 %); null without metrics or allocatable.</summary>
    public double? MemoryUsage { get; set; }

    /// <summary>CPU in use in millicores; null without metrics.</summary>
    public double? CpuUsed { get; set; }

    /// <summary>Memory in use in bytes; null without metrics.</summary>
    public double? MemoryUsed { get; set; }
}
