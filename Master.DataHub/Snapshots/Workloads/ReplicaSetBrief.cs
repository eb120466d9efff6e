namespace Master.DataHub.Snapshots;

/// <summary>A ReplicaSet listed under its Deployment; declared but never filled by the current agent.</summary>
public sealed class ReplicaSetBrief
{
    /// <summary>The ReplicaSet name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The ReplicaSet namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The deployment revision.</summary>
    public string Revision { get; set; } = string.Empty;

    /// <summary>Desired replicas.</summary>
    public int Replicas { get; set; }

    /// <summary>Ready replicas.</summary>
    public int Ready { get; set; }

    /// <summary>Available replicas.</summary>
    public int Available { get; set; }

    /// <summary>The image of the first container.</summary>
    public string Image { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;
}
