using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>The part of the node spec the agent sends.</summary>
public sealed class NodeSpec
{
    /// <summary>The pod CIDRs of the node; empty when none.</summary>
    [JsonPropertyName("podCIDRs")]
    public List<string> PodCidrs { get; set => field = value ?? []; } = [];

    /// <summary>The cloud provider's id of the node.</summary>
    [JsonPropertyName("providerID")]
    public string ProviderId { get; set; } = string.Empty;

    /// <summary>True when the node is cordoned.</summary>
    public bool Unschedulable { get; set; }
}
