namespace Master.Database.Events;

/// <summary>A Kubernetes event as an agent reports it in a snapshot, before it is stored.</summary>
/// <param name="Uid">The event's Kubernetes uid, or null when the agent did not send one.</param>
/// <param name="InvolvedKind">The kind of the object the event is about (<c>Pod</c>, <c>Node</c>, ...).</param>
/// <param name="InvolvedNamespace">The object's namespace; empty for cluster-scoped objects.</param>
/// <param name="InvolvedName">The object's name.</param>
/// <param name="Reason">The machine-readable reason (<c>BackOff</c>, <c>Scheduled</c>, ...).</param>
/// <param name="Type">The event type (<c>Normal</c>, <c>Warning</c>).</param>
/// <param name="Message">The human-readable message, or null.</param>
/// <param name="Source">The reporting component (and host), or null.</param>
/// <param name="Count">How often the event occurred so far, as Kubernetes counts it (cumulative).</param>
/// <param name="FirstTimestamp">When the event first occurred (UTC).</param>
/// <param name="LastTimestamp">When it last occurred (UTC).</param>
/// <param name="InvolvedUid">The involved object's Kubernetes uid; empty when unknown.</param>
/// <param name="Node">The node the event concerns; empty when none.</param>
public sealed record ClusterEvent(
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
    string InvolvedUid = "",
    string Node = "");
