namespace Master.DataHub.Snapshots;

/// <summary>A peer of a NetworkPolicy rule.</summary>
public sealed class NetworkPolicyPeer
{
    /// <summary>podSelector, namespaceSelector or ipBlock.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The label selector JSON-encoded into a string, for the two selector types.</summary>
    public string Selector { get; set; } = string.Empty;

    /// <summary>The CIDR of an ipBlock.</summary>
    public string Cidr { get; set; } = string.Empty;

    /// <summary>CIDRs excluded from an ipBlock; empty when none.</summary>
    public List<string> Except { get; set => field = value ?? []; } = [];
}
