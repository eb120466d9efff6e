namespace Master.DataHub.Snapshots;

/// <summary>A ReplicaSet (agent-protocol.md §4.3.6); its owner ties pods to their Deployment.</summary>
public sealed class ReplicaSet : CommonMeta
{
    /// <summary>Desired replicas.</summary>
    public int Replicas { get; set; }

    /// <summary>Ready replicas.</summary>
    public int ReadyReplicas { get; set; }

    /// <summary>Available replicas.</summary>
    public int AvailableReplicas { get; set; }

    /// <summary>The selector's matchLabels; empty when none.</summary>
    public Dictionary<string, string> Selector { get; set => field = value ?? []; } = [];
}
