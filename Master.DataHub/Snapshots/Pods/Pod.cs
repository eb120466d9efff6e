namespace Master.DataHub.Snapshots;

/// <summary>A pod (agent-protocol.md §4.3.1).</summary>
public sealed class Pod
{
    /// <summary>Name, namespace, node, owner and age.</summary>
    public PodSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The scheduling-relevant part of the pod spec.</summary>
    public PodSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>Phase, readiness, restarts, IPs, conditions and usage.</summary>
    public PodStatus Status { get; set => field = value ?? new(); } = new();

    /// <summary>The app containers with their runtime state; empty when none.</summary>
    public List<PodContainer> Containers { get; set => field = value ?? []; } = [];

    /// <summary>The init containers with their runtime state; empty when none.</summary>
    public List<PodContainer> InitContainers { get; set => field = value ?? []; } = [];

    /// <summary>The pod's volumes; empty when none.</summary>
    public List<VolumeSpec> Volumes { get; set => field = value ?? []; } = [];

    /// <summary>The pod's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The pod's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];

    /// <summary>Values Master derives from the fields above; filled by the Processor, null until then.</summary>
    public PodDerived? Derived { get; set; }
}
