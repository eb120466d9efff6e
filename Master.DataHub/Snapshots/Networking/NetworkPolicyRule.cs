namespace Master.DataHub.Snapshots;

/// <summary>An ingress or egress rule of a NetworkPolicy.</summary>
public sealed class NetworkPolicyRule
{
    /// <summary>The peers; empty when none.</summary>
    public List<NetworkPolicyPeer> Peers { get; set => field = value ?? []; } = [];

    /// <summary>The ports; empty when none.</summary>
    public List<NetworkPolicyPort> Ports { get; set => field = value ?? []; } = [];
}
