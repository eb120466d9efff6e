namespace Master.DataHub.Snapshots;

/// <summary>The metadata header that flat kinds carry inline (agent-protocol.md §4.2.2 CommonMeta).</summary>
public abstract class CommonMeta
{
    /// <summary>The Kubernetes UID.</summary>
    public string Uid { get; set; } = string.Empty;

    /// <summary>The object's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The object's namespace; empty for cluster-scoped objects.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The Kubernetes kind as the agent wrote it (ReplicaSet, Job, Event, ...).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The node name; not filled by the current agent.</summary>
    public string NodeName { get; set; } = string.Empty;

    /// <summary>Kind of the first ownerReference; empty when the object has no owner.</summary>
    public string OwnerKind { get; set; } = string.Empty;

    /// <summary>Name of the first ownerReference; empty when the object has no owner.</summary>
    public string OwnerName { get; set; } = string.Empty;

    /// <summary>The object's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }
}
