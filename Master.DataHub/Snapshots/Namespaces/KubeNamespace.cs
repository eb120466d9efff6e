namespace Master.DataHub.Snapshots;

/// <summary>A namespace (agent-protocol.md §4.3.11); not named Namespace, a keyword in other .NET languages.</summary>
public sealed class KubeNamespace
{
    /// <summary>Name and age.</summary>
    public NamespaceSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The phase.</summary>
    public NamespaceStatus Status { get; set => field = value ?? new(); } = new();

    /// <summary>Object counts made by the agent.</summary>
    public NamespaceResources Resources { get; set => field = value ?? new(); } = new();

    /// <summary>The namespace's resource quotas; empty when none.</summary>
    public List<ResourceQuota> Quotas { get; set => field = value ?? []; } = [];

    /// <summary>The namespace's limit ranges; empty when none.</summary>
    public List<LimitRange> LimitRanges { get; set => field = value ?? []; } = [];

    /// <summary>The namespace's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The namespace's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
