namespace Master.DataHub.Snapshots;

/// <summary>The observed status of a StatefulSet.</summary>
public sealed class StatefulSetStatus
{
    /// <summary>The generation the controller observed.</summary>
    public long ObservedGeneration { get; set; }

    /// <summary>Pods created.</summary>
    public int Replicas { get; set; }

    /// <summary>Ready pods.</summary>
    public int ReadyReplicas { get; set; }

    /// <summary>Pods of the current revision.</summary>
    public int CurrentReplicas { get; set; }

    /// <summary>Pods of the update revision.</summary>
    public int UpdatedReplicas { get; set; }

    /// <summary>Available pods.</summary>
    public int AvailableReplicas { get; set; }

    /// <summary>The current revision.</summary>
    public string CurrentRevision { get; set; } = string.Empty;

    /// <summary>The update revision.</summary>
    public string UpdateRevision { get; set; } = string.Empty;

    /// <summary>Hash collision count.</summary>
    public int CollisionCount { get; set; }

    /// <summary>The statefulset conditions; empty when none.</summary>
    public List<WorkloadCondition> Conditions { get; set => field = value ?? []; } = [];
}
