using Master.DataHub.Snapshots;

namespace Master.Query;

/// <summary>
/// An object and everything it owns, transitively, in one snapshot: a Deployment's ReplicaSets and their Pods, a
/// CronJob's Jobs and their Pods, a StatefulSet's or DaemonSet's Pods. Ownership is the first ownerReference the agent
/// reports, within the owner's namespace (Kubernetes forbids owners in another namespace).
/// </summary>
internal static class ObjectFamily
{
    /// <summary>The root first (whether or not the snapshot still holds it), then what it owns, breadth first.</summary>
    public static IReadOnlyList<ObjectRef> Of(ClusterSnapshot snapshot, ObjectRef root, int max)
    {
        var children = Children(snapshot);
        var family = new List<ObjectRef> { root };
        var seen = new HashSet<ObjectRef> { root };
        for (var next = 0; next < family.Count && family.Count < max; next++)
        {
            if (!children.TryGetValue(family[next], out var owned))
            {
                continue;
            }

            foreach (var child in owned.Where(seen.Add).Take(max - family.Count))
            {
                family.Add(child);
            }
        }

        return family;
    }

    private static Dictionary<ObjectRef, List<ObjectRef>> Children(ClusterSnapshot snapshot)
    {
        var children = new Dictionary<ObjectRef, List<ObjectRef>>();
        void Add(string ownerKind, string ownerName, string ns, string kind, string name)
        {
            if (ownerKind.Length == 0 || ownerName.Length == 0)
            {
                return;
            }

            var owner = new ObjectRef(ownerKind, ns, ownerName);
            if (!children.TryGetValue(owner, out var list))
            {
                children[owner] = list = [];
            }

            list.Add(new ObjectRef(kind, ns, name));
        }

        foreach (var set in snapshot.ReplicaSets)
        {
            Add(set.OwnerKind, set.OwnerName, set.Namespace, "ReplicaSet", set.Name);
        }

        foreach (var job in snapshot.Jobs)
        {
            Add(job.OwnerKind, job.OwnerName, job.Namespace, "Job", job.Name);
        }

        foreach (var pod in snapshot.Pods)
        {
            var summary = pod.Summary;
            Add(summary.OwnerKind, summary.OwnerName, summary.Namespace, "Pod", summary.Name);
        }

        return children;
    }
}
