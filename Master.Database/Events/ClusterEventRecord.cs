namespace Master.Database.Events;

/// <summary>A stored row of the event history.</summary>
/// <param name="Id">The row id; newer rows of the same instant have larger ids.</param>
/// <param name="ClusterId">The cluster that reported the event.</param>
/// <param name="Uid">The event's Kubernetes uid, or null.</param>
/// <param name="InvolvedKind">The kind of the involved object.</param>
/// <param name="InvolvedNamespace">The involved object's namespace; empty for cluster-scoped objects.</param>
/// <param name="InvolvedName">The involved object's name.</param>
/// <param name="Reason">The event's reason.</param>
/// <param name="Type">The event type (<c>Normal</c>, <c>Warning</c>).</param>
/// <param name="Message">The latest message, or null.</param>
/// <param name="Source">The reporting component, or null.</param>
/// <param name="Count">The latest cumulative count the agent reported.</param>
/// <param name="FirstTimestamp">When the event first occurred, as first recorded (UTC).</param>
/// <param name="LastTimestamp">When it last occurred (UTC).</param>
/// <param name="InvolvedUid">The involved object's Kubernetes uid, as last reported; empty when unknown.</param>
/// <param name="Node">The node the event concerns, as last reported; empty when none.</param>
public sealed record ClusterEventRecord(
    long Id,
    string ClusterId,
    string? Uid,
    string InvolvedKind,
    string InvolvedNamespace,
    string InvolvedName,
    string Reason,
    string Type,
    string? Message,
    string? Source,
    int Count,
    DateTimeOffset FirstTimestamp,
    DateTimeOffset LastTimestamp,
    string InvolvedUid,
    string Node);
