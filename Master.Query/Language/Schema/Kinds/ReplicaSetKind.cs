using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>replicasets</c> kind.</summary>
internal static class ReplicaSetKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<ReplicaSet>("replicasets", namespaced: true, snapshot => snapshot.ReplicaSets, "replicaset", "rs")
        .Common(
            name: replicaSet => replicaSet.Name,
            ns: replicaSet => replicaSet.Namespace,
            created: replicaSet => replicaSet.CreatedAt,
            labels: replicaSet => replicaSet.Labels,
            uid: replicaSet => replicaSet.Uid,
            ownerKind: replicaSet => replicaSet.OwnerKind,
            ownerName: replicaSet => replicaSet.OwnerName)
        .Int("replicas", replicaSet => replicaSet.Replicas)
        .Int("ready_replicas", replicaSet => replicaSet.ReadyReplicas)
        .Int("available_replicas", replicaSet => replicaSet.AvailableReplicas)
        .Defaults("namespace", "name", "replicas", "ready_replicas", "available_replicas", "age")
        .Build();
}
