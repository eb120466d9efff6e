namespace Master.DataHub.Snapshots;

/// <summary>A port of a Service's endpoints.</summary>
public sealed class EndpointPort
{
    /// <summary>The port name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The port number.</summary>
    public int Port { get; set; }

    /// <summary>TCP, UDP or SCTP.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>The application protocol.</summary>
    public string AppProtocol { get; set; } = string.Empty;
}
