using Master.Database.Events;
using Master.DataHub;
using Master.DataHub.Snapshots;

namespace Master.Fleet.Events;

/// <summary>The events of a stored snapshot as the event history records them.</summary>
internal static class SnapshotEvents
{
    public static IReadOnlyList<ClusterEvent> Of(StoredSnapshot stored)
    {
        var snapshot = stored.Snapshot;
        if (snapshot.Events.Count == 0)
        {
            return [];
        }

        var podNodes = snapshot.Pods
            .Select(pod => pod.Summary)
            .Where(pod => pod.NodeName.Length > 0)
            .ToLookup(pod => (pod.Namespace, pod.Name), pod => pod.NodeName);
        return [.. snapshot.Events.Select(kubeEvent => ToClusterEvent(kubeEvent, stored.ReceivedAt, podNodes))];
    }

    private static ClusterEvent ToClusterEvent(
        KubeEvent kubeEvent, DateTimeOffset receivedAt, ILookup<(string Namespace, string Name), string> podNodes)
    {
        var involved = kubeEvent.InvolvedObject;

        // Events written through events.k8s.io carry no first/last time; the creation time is the next best, then arrival.
        var first = kubeEvent.FirstTimestamp.Value ?? kubeEvent.LastTimestamp.Value ?? kubeEvent.CreatedAt.Value ?? receivedAt;
        var last = kubeEvent.LastTimestamp.Value ?? first;
        return new ClusterEvent(
            Uid: NullIfEmpty(kubeEvent.Uid),
            InvolvedKind: involved.Kind,
            InvolvedNamespace: involved.Namespace,
            InvolvedName: involved.Name,
            Reason: kubeEvent.Reason,
            Type: kubeEvent.Type,
            Message: NullIfEmpty(kubeEvent.Message),
            Source: NullIfEmpty(kubeEvent.Source),
            Count: Math.Max(1, kubeEvent.Count),
            FirstTimestamp: first,
            LastTimestamp: last < first ? first : last,
            InvolvedUid: involved.Uid,
            Node: NodeOf(kubeEvent, podNodes));
    }

    /// <summary>The node an event concerns: the one it names, the node it is about, or the node its pod runs on.</summary>
    private static string NodeOf(KubeEvent kubeEvent, ILookup<(string Namespace, string Name), string> podNodes)
    {
        var involved = kubeEvent.InvolvedObject;
        if (kubeEvent.NodeName.Length > 0)
        {
            return kubeEvent.NodeName;
        }

        return involved.Kind switch
        {
            "Node" => involved.Name,
            "Pod" => podNodes[(involved.Namespace, involved.Name)].FirstOrDefault() ?? string.Empty,
            _ => string.Empty,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
