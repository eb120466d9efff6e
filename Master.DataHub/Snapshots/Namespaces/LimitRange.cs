namespace Master.DataHub.Snapshots;

/// <summary>A LimitRange (agent-protocol.md §4.3.15).</summary>
public sealed class LimitRange
{
    /// <summary>The limit range name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The limit range namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The limits; empty when none.</summary>
    public List<LimitRangeItem> Items { get; set => field = value ?? []; } = [];

    /// <summary>The limit range's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The limit range's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
