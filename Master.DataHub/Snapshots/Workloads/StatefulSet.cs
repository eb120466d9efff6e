namespace Master.DataHub.Snapshots;

/// <summary>A StatefulSet (agent-protocol.md §4.3.4).</summary>
public sealed class StatefulSet
{
    /// <summary>Name, counts and age.</summary>
    public StatefulSetSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The statefulset spec.</summary>
    public StatefulSetSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The pod template.</summary>
    public PodTemplate Template { get; set => field = value ?? new(); } = new();

    /// <summary>The observed status.</summary>
    public StatefulSetStatus Status { get; set => field = value ?? new(); } = new();

    /// <summary>The agent's rollout verdict; null when absent.</summary>
    public WorkloadRollout? Rollout { get; set; }

    /// <summary>The statefulset's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The statefulset's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];

    /// <summary>Values Master derives from the fields above; filled by the Processor, null until then.</summary>
    public WorkloadDerived? Derived { get; set; }
}
