namespace Master.DataHub.Snapshots;

/// <summary>The identity and headline counts of a Deployment.</summary>
public sealed class DeploymentSummary
{
    /// <summary>The deployment name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The deployment namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>RollingUpdate or Recreate.</summary>
    public string Strategy { get; set; } = string.Empty;

    /// <summary>Desired replicas.</summary>
    public int Replicas { get; set; }

    /// <summary>Updated replicas.</summary>
    public int Updated { get; set; }

    /// <summary>Ready replicas.</summary>
    public int Ready { get; set; }

    /// <summary>Available replicas.</summary>
    public int Available { get; set; }

    /// <summary>Unavailable replicas.</summary>
    public int Unavailable { get; set; }

    /// <summary>True when the rollout is paused.</summary>
    public bool Paused { get; set; }

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The selector as "k=v,k2=v2".</summary>
    public string Selector { get; set; } = string.Empty;
}
