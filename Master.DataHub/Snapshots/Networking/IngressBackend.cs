namespace Master.DataHub.Snapshots;

/// <summary>A backend of an Ingress.</summary>
public sealed class IngressBackend
{
    /// <summary>Service or Resource.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The service backend; null for a resource backend.</summary>
    public IngressServiceBackend? Service { get; set; }

    /// <summary>The resource backend; null for a service backend.</summary>
    public IngressResourceRef? Resource { get; set; }
}
