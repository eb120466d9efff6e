namespace Master.DataHub.Snapshots;

/// <summary>An Ingress (agent-protocol.md §4.3.10).</summary>
public sealed class Ingress
{
    /// <summary>Name, class, hosts and age.</summary>
    public IngressSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The ingress spec.</summary>
    public IngressSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>Load balancer addresses.</summary>
    public IngressStatus Status { get; set => field = value ?? new(); } = new();

    /// <summary>The ingress's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The ingress's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
