namespace Master.DataHub.Snapshots;

/// <summary>The identity and headline facts of a Service.</summary>
public sealed class ServiceSummary
{
    /// <summary>The service name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The service namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>ClusterIP, NodePort, LoadBalancer or ExternalName.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>Number of ports.</summary>
    public int PortsCount { get; set; }

    /// <summary>True when the service selects pods.</summary>
    public bool HasSelector { get; set; }

    /// <summary>LB, NodePort, Headless, ExternalName; empty when none.</summary>
    public List<string> Badges { get; set => field = value ?? []; } = [];

    /// <summary>The cluster IP; "None" for a headless service.</summary>
    public string ClusterIP { get; set; } = string.Empty;

    /// <summary>The external name of an ExternalName service.</summary>
    public string ExternalName { get; set; } = string.Empty;
}
