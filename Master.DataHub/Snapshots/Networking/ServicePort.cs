namespace Master.DataHub.Snapshots;

/// <summary>A port of a Service.</summary>
public sealed class ServicePort
{
    /// <summary>The port name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>TCP, UDP or SCTP.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>The service port.</summary>
    public int Port { get; set; }

    /// <summary>The target port, a number or a port name, always as a string.</summary>
    public string TargetPort { get; set; } = string.Empty;

    /// <summary>The node port; 0 when none.</summary>
    public int NodePort { get; set; }

    /// <summary>The application protocol.</summary>
    public string AppProtocol { get; set; } = string.Empty;
}
