namespace Master.DataHub.Snapshots;

/// <summary>A path of an Ingress rule.</summary>
public sealed class IngressPath
{
    /// <summary>The path.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Prefix, Exact or ImplementationSpecific.</summary>
    public string PathType { get; set; } = string.Empty;

    /// <summary>The backend; null when none.</summary>
    public IngressBackend? Backend { get; set; }
}
