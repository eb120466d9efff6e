using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>A port a container declares.</summary>
public sealed class ContainerPort
{
    /// <summary>The port name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The port number in the container (wire name containerPort).</summary>
    [JsonPropertyName("containerPort")]
    public int Port { get; set; }

    /// <summary>TCP, UDP or SCTP.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>The host port; 0 when none.</summary>
    public int HostPort { get; set; }
}
