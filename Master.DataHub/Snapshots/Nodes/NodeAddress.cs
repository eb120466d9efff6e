namespace Master.DataHub.Snapshots;

/// <summary>One address of a node.</summary>
public sealed class NodeAddress
{
    /// <summary>InternalIP, ExternalIP, Hostname, ...</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The address.</summary>
    public string Address { get; set; } = string.Empty;
}
