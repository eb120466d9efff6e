namespace Master.DataHub.Snapshots;

/// <summary>The status of an Ingress.</summary>
public sealed class IngressStatus
{
    /// <summary>Load balancer IPs or hostnames; empty when none.</summary>
    public List<string> LoadBalancer { get; set => field = value ?? []; } = [];
}
