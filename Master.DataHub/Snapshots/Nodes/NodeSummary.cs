namespace Master.DataHub.Snapshots;

/// <summary>The identity and headline state of a node.</summary>
public sealed class NodeSummary
{
    /// <summary>The node name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Roles from the node labels (master, control-plane, worker); empty when none.</summary>
    public List<string> Roles { get; set => field = value ?? []; } = [];

    /// <summary>The Ready condition's status as a string: True, False or Unknown.</summary>
    public string Ready { get; set; } = string.Empty;

    /// <summary>False when the node is cordoned.</summary>
    public bool Schedulable { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreationTime { get; set; }

    /// <summary>Short status badges; empty when none.</summary>
    public List<string> Badges { get; set => field = value ?? []; } = [];

    /// <summary>Reason of the Ready condition.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Message of the Ready condition.</summary>
    public string Message { get; set; } = string.Empty;
}
