namespace Master.DataHub.Snapshots;

/// <summary>The full state of one cluster as its agent pushed it (agent-protocol.md §4.2), normalised by the Processor.</summary>
public sealed class ClusterSnapshot
{
    /// <summary>The cluster id; Master overwrites it with the effective id of the request.</summary>
    public string ClusterId { get; set; } = string.Empty;

    /// <summary>Agent clock at collection start.</summary>
    public Timestamp FetchedAt { get; set; }
}
