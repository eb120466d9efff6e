namespace Master.DataHub.Snapshots;

/// <summary>A reference to another Kubernetes object.</summary>
public sealed class ResourceRef
{
    /// <summary>The object's kind.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The object's namespace; empty for cluster-scoped objects.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The object's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The object's UID.</summary>
    public string Uid { get; set; } = string.Empty;
}
