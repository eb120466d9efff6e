namespace Master.DataHub.Snapshots;

/// <summary>The addresses of a node.</summary>
public sealed class NodeAddresses
{
    /// <summary>The hostname.</summary>
    public string Hostname { get; set; } = string.Empty;

    /// <summary>The internal IP, IPv4 preferred.</summary>
    public string InternalIP { get; set; } = string.Empty;

    /// <summary>The external IP.</summary>
    public string ExternalIP { get; set; } = string.Empty;

    /// <summary>Every address the node reports; empty when none.</summary>
    public List<NodeAddress> All { get; set => field = value ?? []; } = [];
}
