namespace Master.DataHub.Snapshots;

/// <summary>A taint of a node.</summary>
public sealed class NodeTaint
{
    /// <summary>The taint key.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The taint value.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>NoSchedule, PreferNoSchedule or NoExecute.</summary>
    public string Effect { get; set; } = string.Empty;

    /// <summary>When the taint was added, in UTC; unset when the agent omitted it.</summary>
    public Timestamp TimeAdded { get; set; }
}
