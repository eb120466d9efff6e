namespace Master.DataHub.Snapshots;

/// <summary>The spec of a StatefulSet.</summary>
public sealed class StatefulSetSpec
{
    /// <summary>Desired replicas.</summary>
    public int Replicas { get; set; }

    /// <summary>The governing service.</summary>
    public string ServiceName { get; set; } = string.Empty;

    /// <summary>OrderedReady or Parallel.</summary>
    public string PodManagementPolicy { get; set; } = string.Empty;

    /// <summary>The update strategy; null when absent.</summary>
    public UpdateStrategy? UpdateStrategy { get; set; }

    /// <summary>Old revisions kept.</summary>
    public int RevisionHistoryLimit { get; set; }

    /// <summary>Seconds a pod must be ready to count as available.</summary>
    public int MinReadySeconds { get; set; }

    /// <summary>What happens to claims on delete and scale-down; null when absent.</summary>
    public PvcRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }

    /// <summary>The pod selector; null when absent.</summary>
    public LabelSelector? Selector { get; set; }

    /// <summary>The claim templates; empty when none.</summary>
    public List<VolumeClaimTemplate> VolumeClaimTemplates { get; set => field = value ?? []; } = [];
}
