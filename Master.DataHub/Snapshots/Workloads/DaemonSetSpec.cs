namespace Master.DataHub.Snapshots;

/// <summary>The spec of a DaemonSet.</summary>
public sealed class DaemonSetSpec
{
    /// <summary>The update strategy; null when absent.</summary>
    public UpdateStrategy? UpdateStrategy { get; set; }

    /// <summary>Seconds a pod must be ready to count as available.</summary>
    public int MinReadySeconds { get; set; }

    /// <summary>Old revisions kept.</summary>
    public int RevisionHistoryLimit { get; set; }

    /// <summary>The pod selector; null when absent.</summary>
    public LabelSelector? Selector { get; set; }
}
