namespace Master.DataHub.Snapshots;

/// <summary>The addresses of a Service.</summary>
public sealed class ServiceNetwork
{
    /// <summary>The cluster IPs; empty when none.</summary>
    public List<string> ClusterIPs { get; set => field = value ?? []; } = [];

    /// <summary>External IPs; empty when none.</summary>
    public List<string> ExternalIPs { get; set => field = value ?? []; } = [];

    /// <summary>Load balancer ingress IPs or hostnames; empty when none.</summary>
    public List<string> LoadBalancerIngress { get; set => field = value ?? []; } = [];

    /// <summary>IPv4, IPv6; empty when none.</summary>
    public List<string> IPFamilies { get; set => field = value ?? []; } = [];

    /// <summary>SingleStack, PreferDualStack or RequireDualStack.</summary>
    public string IPFamilyPolicy { get; set; } = string.Empty;

    /// <summary>Cluster or Local.</summary>
    public string ExternalTrafficPolicy { get; set; } = string.Empty;

    /// <summary>Cluster or Local.</summary>
    public string InternalTrafficPolicy { get; set; } = string.Empty;
}
