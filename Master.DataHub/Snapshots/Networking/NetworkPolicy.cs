namespace Master.DataHub.Snapshots;

/// <summary>A NetworkPolicy (agent-protocol.md §4.3.16).</summary>
public sealed class NetworkPolicy
{
    /// <summary>The policy name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The policy namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The pod selector JSON-encoded into a string; empty for an empty selector.</summary>
    public string PodSelector { get; set; } = string.Empty;

    /// <summary>Ingress, Egress; empty when none.</summary>
    public List<string> PolicyTypes { get; set => field = value ?? []; } = [];

    /// <summary>Number of ingress rules.</summary>
    public int IngressRuleCount { get; set; }

    /// <summary>Number of egress rules.</summary>
    public int EgressRuleCount { get; set; }

    /// <summary>The ingress rules; empty when none.</summary>
    public List<NetworkPolicyRule> IngressRules { get; set => field = value ?? []; } = [];

    /// <summary>The egress rules; empty when none.</summary>
    public List<NetworkPolicyRule> EgressRules { get; set => field = value ?? []; } = [];

    /// <summary>The policy's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The policy's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
