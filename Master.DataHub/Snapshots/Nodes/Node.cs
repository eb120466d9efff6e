namespace Master.DataHub.Snapshots;

/// <summary>A node (agent-protocol.md §4.3.2).</summary>
public sealed class Node
{
    /// <summary>Name, roles, readiness and age.</summary>
    public NodeSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>Pod CIDRs, provider id and the cordon flag.</summary>
    public NodeSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>Total resources of the node.</summary>
    public NodeResources Capacity { get; set => field = value ?? new(); } = new();

    /// <summary>Resources available to pods.</summary>
    public NodeResources Allocatable { get; set => field = value ?? new(); } = new();

    /// <summary>The node's addresses.</summary>
    public NodeAddresses Addresses { get; set => field = value ?? new(); } = new();

    /// <summary>OS, kernel, runtime and kubelet versions.</summary>
    public NodeInfo Info { get; set => field = value ?? new(); } = new();

    /// <summary>The node conditions; empty when none.</summary>
    public List<NodeCondition> Conditions { get; set => field = value ?? []; } = [];

    /// <summary>The node's taints; empty when none.</summary>
    public List<NodeTaint> Taints { get; set => field = value ?? []; } = [];

    /// <summary>The node's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>Usage from metrics-server as the agent summarised it; null when absent.</summary>
    public NodeResourceUsage? Metrics { get; set; }

    /// <summary>Values Master derives from the fields above; filled by the Processor, null until then.</summary>
    public NodeDerived? Derived { get; set; }
}
