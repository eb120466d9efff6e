namespace Master.DataHub.Snapshots;

/// <summary>A service an Ingress routes to.</summary>
public sealed class IngressServiceBackend
{
    /// <summary>The service name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The port name.</summary>
    public string PortName { get; set; } = string.Empty;

    /// <summary>The port number; 0 when a name is used.</summary>
    public int PortNumber { get; set; }
}
