using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>events</c> kind, newest first.</summary>
internal static class EventKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<KubeEvent>("events", namespaced: true, snapshot => snapshot.Events, "event", "ev")
        .Common(
            name: ev => ev.Name,
            ns: ev => ev.Namespace,
            created: ev => ev.CreatedAt,
            labels: ev => ev.Labels,
            uid: ev => ev.Uid,
            ownerKind: ev => ev.OwnerKind,
            ownerName: ev => ev.OwnerName)
        .Enum("type", ev => ev.Type, "Normal", "Warning")
        .Text("reason", ev => ev.Reason)
        .Text("message", ev => ev.Message)
        .Text("kind", ev => ev.InvolvedObject.Kind)
        .Text("object_name", ev => ev.InvolvedObject.Name)
        .Text("object_namespace", ev => ev.InvolvedObject.Namespace)
        .Text("object", ev => ev.InvolvedObject.Name.Length > 0 ? $"{ev.InvolvedObject.Kind}/{ev.InvolvedObject.Name}" : null)
        .Int("count", ev => ev.Count)
        .Time("first_seen", FirstSeen)
        .Time("last_seen", LastSeen)
        .Text("source", ev => ev.Source)
        .Defaults("namespace", "last_seen", "type", "reason", "object", "message")
        .SortedBy("last_seen", descending: true)
        .Build();

    /// <summary>
    /// When the event was last seen. Events written through events.k8s.io carry neither timestamp (the model has no
    /// eventTime), so the creation of the Event object stands in for them.
    /// </summary>
    private static Timestamp LastSeen(KubeEvent ev) =>
        ev.LastTimestamp.HasValue ? ev.LastTimestamp : FirstSeen(ev);

    /// <summary>When the event was first seen, with the creation of the Event object standing in as for <see cref="LastSeen"/>.</summary>
    private static Timestamp FirstSeen(KubeEvent ev) =>
        ev.FirstTimestamp.HasValue ? ev.FirstTimestamp : ev.CreatedAt;
}
