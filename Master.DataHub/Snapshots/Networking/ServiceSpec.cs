namespace Master.DataHub.Snapshots;

/// <summary>The spec of a Service.</summary>
public sealed class ServiceSpec
{
    /// <summary>ClusterIP, NodePort, LoadBalancer or ExternalName.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>None or ClientIP.</summary>
    public string SessionAffinity { get; set; } = string.Empty;

    /// <summary>The ClientIP affinity timeout in seconds.</summary>
    public int SessionAffinityTimeoutSeconds { get; set; }

    /// <summary>Cluster or Local.</summary>
    public string ExternalTrafficPolicy { get; set; } = string.Empty;

    /// <summary>Cluster or Local.</summary>
    public string InternalTrafficPolicy { get; set; } = string.Empty;

    /// <summary>IPv4, IPv6; empty when none.</summary>
    public List<string> IPFamilies { get; set => field = value ?? []; } = [];

    /// <summary>SingleStack, PreferDualStack or RequireDualStack.</summary>
    public string IPFamilyPolicy { get; set; } = string.Empty;

    /// <summary>The cluster IPs; empty when none.</summary>
    public List<string> ClusterIPs { get; set => field = value ?? []; } = [];

    /// <summary>External IPs routed to the service; empty when none.</summary>
    public List<string> ExternalIPs { get; set => field = value ?? []; } = [];

    /// <summary>The load balancer class.</summary>
    public string LoadBalancerClass { get; set; } = string.Empty;

    /// <summary>CIDRs allowed to reach the load balancer; empty when none.</summary>
    public List<string> LoadBalancerSourceRanges { get; set => field = value ?? []; } = [];

    /// <summary>True when not-ready endpoints are published.</summary>
    public bool PublishNotReadyAddresses { get; set; }

    /// <summary>Whether node ports are allocated for a LoadBalancer; null when not set.</summary>
    public bool? AllocateLoadBalancerNodePorts { get; set; }

    /// <summary>The health check node port.</summary>
    public int HealthCheckNodePort { get; set; }

    /// <summary>The external name.</summary>
    public string ExternalName { get; set; } = string.Empty;
}
