using Master.Database.Events;

namespace Master.Gateway.Events;

/// <summary>A persisted event in the lists of <c>GET /api/v2/events</c> and <c>GET /api/v2/events/related</c>.</summary>
/// <param name="Id">The stored row's id.</param>
/// <param name="ClusterId">The cluster that reported the event.</param>
/// <param name="Uid">The event's Kubernetes uid, or null.</param>
/// <param name="Type">The event type (<c>Normal</c>, <c>Warning</c>).</param>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Message">The latest message, or null.</param>
/// <param name="Source">The reporting component, or null.</param>
/// <param name="Node">The node the event concerns, or null when it concerns none or the agent did not say.</param>
/// <param name="InvolvedObject">The object the event is about.</param>
/// <param name="Count">How often the event occurred, as Kubernetes last counted it.</param>
/// <param name="FirstTimestamp">When it first occurred.</param>
/// <param name="LastTimestamp">When it last occurred.</param>
internal sealed record EventItem(
    long Id,
    string ClusterId,
    string? Uid,
    string Type,
    string Reason,
    string? Message,
    string? Source,
    string? Node,
    EventInvolvedObject InvolvedObject,
    int Count,
    DateTimeOffset FirstTimestamp,
    DateTimeOffset LastTimestamp)
{
    // The table stores "unknown" as an empty string (rows from before the column existed have nothing else); a client
    // should not have to tell an empty node name from no node.
    public static EventItem From(ClusterEventRecord record) => new(
        record.Id,
        record.ClusterId,
        record.Uid,
        record.Type,
        record.Reason,
        record.Message,
        record.Source,
        NullIfEmpty(record.Node),
        new EventInvolvedObject(record.InvolvedKind, record.InvolvedNamespace, record.InvolvedName, NullIfEmpty(record.InvolvedUid)),
        record.Count,
        record.FirstTimestamp,
        record.LastTimestamp);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
