namespace Master.DataHub.Snapshots;

/// <summary>A core/v1 Event (agent-protocol.md §4.3.20); not named Event, a keyword in other .NET languages.</summary>
public sealed class KubeEvent : CommonMeta
{
    /// <summary>Normal or Warning.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The reason.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>The message.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>The reporting component (e.g. kubelet).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The object the event is about.</summary>
    public ResourceRef InvolvedObject { get; set => field = value ?? new(); } = new();

    /// <summary>The cumulative count kept by Kubernetes.</summary>
    public int Count { get; set; }

    /// <summary>When the event was first seen, in UTC; unset for events written through events.k8s.io.</summary>
    public Timestamp FirstTimestamp { get; set; }

    /// <summary>When the event was last seen, in UTC; unset for events written through events.k8s.io.</summary>
    public Timestamp LastTimestamp { get; set; }
}
