namespace Master.DataHub.Snapshots;

/// <summary>The identity and headline counts of a StatefulSet.</summary>
public sealed class StatefulSetSummary
{
    /// <summary>The statefulset name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The statefulset namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>Desired replicas.</summary>
    public int Replicas { get; set; }

    /// <summary>Ready replicas.</summary>
    public int Ready { get; set; }

    /// <summary>Replicas of the current revision.</summary>
    public int Current { get; set; }

    /// <summary>Replicas of the update revision.</summary>
    public int Updated { get; set; }

    /// <summary>Available replicas.</summary>
    public int Available { get; set; }

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The governing service.</summary>
    public string ServiceName { get; set; } = string.Empty;

    /// <summary>The selector as "k=v,k2=v2".</summary>
    public string Selector { get; set; } = string.Empty;
}
