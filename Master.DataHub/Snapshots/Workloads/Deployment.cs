namespace Master.DataHub.Snapshots;

/// <summary>A Deployment (agent-protocol.md §4.3.3).</summary>
public sealed class Deployment
{
    /// <summary>Name, counts, strategy and age.</summary>
    public DeploymentSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The deployment spec.</summary>
    public DeploymentSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The pod template.</summary>
    public PodTemplate Template { get; set => field = value ?? new(); } = new();

    /// <summary>The observed status.</summary>
    public DeploymentStatus Status { get; set => field = value ?? new(); } = new();

    /// <summary>The agent's rollout verdict; null when absent.</summary>
    public DeploymentRollout? Rollout { get; set; }

    /// <summary>Declared but never filled by the current agent; empty when none.</summary>
    public List<ReplicaSetBrief> ReplicaSets { get; set => field = value ?? []; } = [];

    /// <summary>The deployment's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];

    /// <summary>The deployment's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>Values Master derives from the fields above; filled by the Processor, null until then.</summary>
    public WorkloadDerived? Derived { get; set; }
}
