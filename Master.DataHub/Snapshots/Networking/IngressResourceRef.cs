namespace Master.DataHub.Snapshots;

/// <summary>A resource an Ingress routes to.</summary>
public sealed class IngressResourceRef
{
    /// <summary>The API group.</summary>
    public string ApiGroup { get; set; } = string.Empty;

    /// <summary>The kind.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The namespace.</summary>
    public string Namespace { get; set; } = string.Empty;
}
