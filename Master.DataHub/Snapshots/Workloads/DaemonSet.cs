namespace Master.DataHub.Snapshots;

/// <summary>A DaemonSet (agent-protocol.md §4.3.5).</summary>
public sealed class DaemonSet
{
    /// <summary>Name, counts and age.</summary>
    public DaemonSetSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The daemonset spec.</summary>
    public DaemonSetSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The pod template.</summary>
    public PodTemplate Template { get; set => field = value ?? new(); } = new();

    /// <summary>The observed status.</summary>
    public DaemonSetStatus Status { get; set => field = value ?? new(); } = new();

    /// <summary>The agent's rollout verdict; null when absent.</summary>
    public WorkloadRollout? Rollout { get; set; }

    /// <summary>The daemonset's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The daemonset's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];

    /// <summary>Values Master derives from the fields above; filled by the Processor, null until then.</summary>
    public WorkloadDerived? Derived { get; set; }
}
