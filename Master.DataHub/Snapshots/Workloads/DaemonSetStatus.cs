namespace Master.DataHub.Snapshots;

/// <summary>The observed status of a DaemonSet.</summary>
public sealed class DaemonSetStatus
{
    /// <summary>The generation the controller observed.</summary>
    public long ObservedGeneration { get; set; }

    /// <summary>Nodes that should run the pod.</summary>
    public int DesiredNumberScheduled { get; set; }

    /// <summary>Nodes running the pod.</summary>
    public int CurrentNumberScheduled { get; set; }

    /// <summary>Nodes with a ready pod.</summary>
    public int NumberReady { get; set; }

    /// <summary>Nodes with an available pod.</summary>
    public int NumberAvailable { get; set; }

    /// <summary>Nodes without an available pod.</summary>
    public int NumberUnavailable { get; set; }

    /// <summary>Nodes running the pod that should not.</summary>
    public int NumberMisscheduled { get; set; }

    /// <summary>Nodes running the updated pod.</summary>
    public int UpdatedNumberScheduled { get; set; }

    /// <summary>Hash collision count.</summary>
    public int CollisionCount { get; set; }

    /// <summary>The daemonset conditions; empty when none.</summary>
    public List<WorkloadCondition> Conditions { get; set => field = value ?? []; } = [];
}
