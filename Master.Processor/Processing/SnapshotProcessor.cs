using System.Runtime.InteropServices;
using Master.DataHub.Snapshots;
using Master.Processor.Diagnostics;

namespace Master.Processor.Processing;

/// <summary>
/// Turns a decoded snapshot into the one the hub stores, in place: the effective cluster id, every quantity normalised by
/// its class, unreadable quantities and times reported as warnings, the derived values of pods, nodes and workloads, and
/// the summary recomputed from the lists. One pass over each list. Holds no per-cluster state.
/// </summary>
internal sealed class SnapshotProcessor
{
    private readonly WarningLog _warningLog;

    public SnapshotProcessor(WarningLog warningLog) => _warningLog = warningLog;

    /// <summary>Processes <paramref name="snapshot"/> for <paramref name="clusterId"/> and returns what could not be read.</summary>
    public IReadOnlyList<ProcessorWarning> Process(ClusterSnapshot snapshot, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(clusterId);

        snapshot.ClusterId = clusterId;
        var normaliser = new SnapshotNormaliser(clusterId);
        var summary = new ClusterSummary();
        normaliser.Check(snapshot.FetchedAt, "fetchedAt");

        var owners = new ReplicaSetOwners(snapshot.ReplicaSets.Count);
        for (var i = 0; i < snapshot.ReplicaSets.Count; i++)
        {
            normaliser.ReplicaSet(snapshot.ReplicaSets[i], i);
            owners.Add(snapshot.ReplicaSets[i]);
        }

        var podsPerNode = ProcessPods(snapshot.Pods, normaliser, owners, summary);
        ProcessNodes(snapshot.Nodes, normaliser, podsPerNode, summary);
        ProcessWorkloads(snapshot, normaliser, summary);
        ProcessOthers(snapshot, normaliser, summary);

        snapshot.Summary = summary;
        var warnings = normaliser.Warnings;
        _warningLog.Report(warnings);
        return warnings;
    }

    private static Dictionary<string, int> ProcessPods(
        List<Pod> pods, SnapshotNormaliser normaliser, ReplicaSetOwners owners, ClusterSummary summary)
    {
        var podsPerNode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pods.Count; i++)
        {
            var pod = pods[i];
            normaliser.Pod(pod, i);
            pod.Derived = PodDeriver.Derive(pod, owners);
            switch (pod.Status.Phase)
            {
                case "Running":
                    summary.RunningPods++;
                    break;
                case "Pending":
                    summary.PendingPods++;
                    break;
                case "Failed":
                    summary.FailedPods++;
                    break;
            }

            if (pod.Summary.NodeName.Length > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(podsPerNode, pod.Summary.NodeName, out _)++;
            }
        }

        summary.TotalPods = pods.Count;
        return podsPerNode;
    }

    private static void ProcessNodes(
        List<Node> nodes, SnapshotNormaliser normaliser, Dictionary<string, int> podsPerNode, ClusterSummary summary)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            normaliser.Node(node, i);
            node.Derived = NodeDeriver.Derive(node, podsPerNode.GetValueOrDefault(node.Summary.Name));
            if (node.Derived.Ready)
            {
                summary.ReadyNodes++;
            }
        }

        summary.TotalNodes = nodes.Count;
    }

    private static void ProcessWorkloads(ClusterSnapshot snapshot, SnapshotNormaliser normaliser, ClusterSummary summary)
    {
        for (var i = 0; i < snapshot.Deployments.Count; i++)
        {
            var deployment = snapshot.Deployments[i];
            normaliser.Deployment(deployment, i);
            deployment.Derived = WorkloadDeriver.Derive(deployment.Template);
            if (deployment.Summary.Replicas > 0 && deployment.Summary.Ready == deployment.Summary.Replicas)
            {
                summary.HealthyDeployments++;
            }
        }

        for (var i = 0; i < snapshot.StatefulSets.Count; i++)
        {
            var statefulSet = snapshot.StatefulSets[i];
            normaliser.StatefulSet(statefulSet, i);
            statefulSet.Derived = WorkloadDeriver.Derive(statefulSet.Template);
        }

        for (var i = 0; i < snapshot.DaemonSets.Count; i++)
        {
            var daemonSet = snapshot.DaemonSets[i];
            normaliser.DaemonSet(daemonSet, i);
            daemonSet.Derived = WorkloadDeriver.Derive(daemonSet.Template);
        }

        for (var i = 0; i < snapshot.Jobs.Count; i++)
        {
            normaliser.Job(snapshot.Jobs[i], i);
        }

        for (var i = 0; i < snapshot.CronJobs.Count; i++)
        {
            normaliser.CronJob(snapshot.CronJobs[i], i);
        }

        summary.TotalDeployments = snapshot.Deployments.Count;
        summary.TotalStatefulSets = snapshot.StatefulSets.Count;
        summary.TotalDaemonSets = snapshot.DaemonSets.Count;
    }

    private static void ProcessOthers(ClusterSnapshot snapshot, SnapshotNormaliser normaliser, ClusterSummary summary)
    {
        for (var i = 0; i < snapshot.Services.Count; i++)
        {
            normaliser.Service(snapshot.Services[i], i);
        }

        for (var i = 0; i < snapshot.Ingresses.Count; i++)
        {
            normaliser.Ingress(snapshot.Ingresses[i], i);
        }

        for (var i = 0; i < snapshot.Namespaces.Count; i++)
        {
            normaliser.Namespace(snapshot.Namespaces[i], i);
        }

        for (var i = 0; i < snapshot.ConfigMaps.Count; i++)
        {
            normaliser.CreatedAt(snapshot.ConfigMaps[i].CreatedAt, "configMaps", i);
        }

        for (var i = 0; i < snapshot.Secrets.Count; i++)
        {
            normaliser.CreatedAt(snapshot.Secrets[i].CreatedAt, "secrets", i);
        }

        for (var i = 0; i < snapshot.ResourceQuotas.Count; i++)
        {
            normaliser.ResourceQuota(snapshot.ResourceQuotas[i], "resourceQuotas", i);
        }

        for (var i = 0; i < snapshot.LimitRanges.Count; i++)
        {
            normaliser.LimitRange(snapshot.LimitRanges[i], "limitRanges", i);
        }

        for (var i = 0; i < snapshot.NetworkPolicies.Count; i++)
        {
            normaliser.CreatedAt(snapshot.NetworkPolicies[i].CreatedAt, "networkPolicies", i);
        }

        for (var i = 0; i < snapshot.ServiceAccounts.Count; i++)
        {
            normaliser.CreatedAt(snapshot.ServiceAccounts[i].CreatedAt, "serviceAccounts", i);
        }

        for (var i = 0; i < snapshot.PersistentVolumes.Count; i++)
        {
            normaliser.PersistentVolume(snapshot.PersistentVolumes[i], i);
        }

        for (var i = 0; i < snapshot.PersistentVolumeClaims.Count; i++)
        {
            normaliser.PersistentVolumeClaim(snapshot.PersistentVolumeClaims[i], i);
        }

        for (var i = 0; i < snapshot.Events.Count; i++)
        {
            var e = snapshot.Events[i];
            normaliser.Event(e, i);
            if (e.Type == "Warning")
            {
                summary.WarningEvents++;
            }
        }

        summary.TotalServices = snapshot.Services.Count;
        summary.TotalIngresses = snapshot.Ingresses.Count;
        summary.TotalNamespaces = snapshot.Namespaces.Count;
        summary.TotalEvents = snapshot.Events.Count;
    }
}
