namespace Master.DataHub.Snapshots;

/// <summary>The identity and headline facts of an Ingress.</summary>
public sealed class IngressSummary
{
    /// <summary>The ingress name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The ingress namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The ingress class.</summary>
    public string IngressClass { get; set; } = string.Empty;

    /// <summary>Number of hosts.</summary>
    public int HostsCount { get; set; }

    /// <summary>Number of paths.</summary>
    public int PathsCount { get; set; }

    /// <summary>True when TLS is configured.</summary>
    public bool TlsEnabled { get; set; }

    /// <summary>The hosts; empty when none.</summary>
    public List<string> Hosts { get; set => field = value ?? []; } = [];
}
