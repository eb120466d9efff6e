namespace Master.DataHub.Snapshots;

/// <summary>A ResourceQuota (agent-protocol.md §4.3.14).</summary>
public sealed class ResourceQuota
{
    /// <summary>The quota name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The quota namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The quota scopes; empty when none.</summary>
    public List<string> Scopes { get; set => field = value ?? []; } = [];

    /// <summary>Hard limits by resource name (requests.cpu, limits.memory, pods, count/deployments.apps, ...); empty when none.</summary>
    public Dictionary<string, Quantity> Hard { get; set => field = value ?? []; } = [];

    /// <summary>Current usage by resource name; empty when none.</summary>
    public Dictionary<string, Quantity> Used { get; set => field = value ?? []; } = [];

    /// <summary>The quota's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The quota's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
