namespace Master.DataHub.Snapshots;

/// <summary>The spec of an Ingress.</summary>
public sealed class IngressSpec
{
    /// <summary>The ingress class.</summary>
    public string IngressClassName { get; set; } = string.Empty;

    /// <summary>The default backend; null when none.</summary>
    public IngressBackend? DefaultBackend { get; set; }

    /// <summary>The host rules; empty when none.</summary>
    public List<IngressRule> Rules { get; set => field = value ?? []; } = [];

    /// <summary>The TLS sections; empty when none.</summary>
    public List<IngressTls> Tls { get; set => field = value ?? []; } = [];
}
