namespace Master.DataHub.Snapshots;

/// <summary>A port of a NetworkPolicy rule.</summary>
public sealed class NetworkPolicyPort
{
    /// <summary>TCP, UDP or SCTP.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>The port, a number or a name; may be empty.</summary>
    public string Port { get; set; } = string.Empty;

    /// <summary>The end of a port range; 0 when none.</summary>
    public int EndPort { get; set; }
}
