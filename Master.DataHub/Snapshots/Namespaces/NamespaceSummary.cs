namespace Master.DataHub.Snapshots;

/// <summary>The identity of a namespace.</summary>
public sealed class NamespaceSummary
{
    /// <summary>The namespace name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;
}
