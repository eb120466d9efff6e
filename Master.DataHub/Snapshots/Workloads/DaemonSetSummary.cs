namespace Master.DataHub.Snapshots;

/// <summary>The identity and headline counts of a DaemonSet.</summary>
public sealed class DaemonSetSummary
{
    /// <summary>The daemonset name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The daemonset namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>Nodes that should run the pod.</summary>
    public int DesiredNumberScheduled { get; set; }

    /// <summary>Nodes running the pod.</summary>
    public int CurrentNumberScheduled { get; set; }

    /// <summary>Nodes with a ready pod.</summary>
    public int NumberReady { get; set; }

    /// <summary>Nodes with an available pod.</summary>
    public int NumberAvailable { get; set; }

    /// <summary>Nodes without an available pod.</summary>
    public int NumberUnavailable { get; set; }

    /// <summary>Nodes running the pod that should not.</summary>
    public int NumberMisscheduled { get; set; }

    /// <summary>Nodes running the updated pod.</summary>
    public int UpdatedNumberScheduled { get; set; }

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The selector as "k=v,k2=v2".</summary>
    public string Selector { get; set; } = string.Empty;
}
