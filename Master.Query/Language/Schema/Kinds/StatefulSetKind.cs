using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>statefulsets</c> kind.</summary>
internal static class StatefulSetKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<StatefulSet>("statefulsets", namespaced: true, snapshot => snapshot.StatefulSets, "statefulset", "sts")
        .Common(
            name: statefulSet => statefulSet.Summary.Name,
            ns: statefulSet => statefulSet.Summary.Namespace,
            created: statefulSet => statefulSet.Summary.CreatedAt,
            labels: statefulSet => statefulSet.Labels,
            annotations: statefulSet => statefulSet.Annotations)
        // The summary's desired count is required on the wire; spec.replicas is optional.
        .Int("replicas", statefulSet => statefulSet.Summary.Replicas)
        .Int("ready_replicas", statefulSet => statefulSet.Status.ReadyReplicas)
        .Int("current_replicas", statefulSet => statefulSet.Status.CurrentReplicas)
        .Int("updated_replicas", statefulSet => statefulSet.Status.UpdatedReplicas)
        .Int("available_replicas", statefulSet => statefulSet.Status.AvailableReplicas)
        .Text("current_revision", statefulSet => statefulSet.Status.CurrentRevision)
        .Text("update_revision", statefulSet => statefulSet.Status.UpdateRevision)
        .Text("service_name", statefulSet => statefulSet.Spec.ServiceName)
        .Enum("pod_management_policy", statefulSet => statefulSet.Spec.PodManagementPolicy, "OrderedReady", "Parallel")
        .Enum("update_strategy", statefulSet => statefulSet.Spec.UpdateStrategy?.Type, "RollingUpdate", "OnDelete")
        .TextList("images", statefulSet => statefulSet.Derived?.Images ?? [])
        .Defaults("namespace", "name", "ready_replicas", "replicas", "age")
        .Build();
}
