using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>daemonsets</c> kind.</summary>
internal static class DaemonSetKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<DaemonSet>("daemonsets", namespaced: true, snapshot => snapshot.DaemonSets, "daemonset", "ds")
        .Common(
            name: daemonSet => daemonSet.Summary.Name,
            ns: daemonSet => daemonSet.Summary.Namespace,
            created: daemonSet => daemonSet.Summary.CreatedAt,
            labels: daemonSet => daemonSet.Labels,
            annotations: daemonSet => daemonSet.Annotations)
        .Int("desired", daemonSet => daemonSet.Status.DesiredNumberScheduled)
        .Int("current", daemonSet => daemonSet.Status.CurrentNumberScheduled)
        .Int("ready", daemonSet => daemonSet.Status.NumberReady)
        .Int("updated", daemonSet => daemonSet.Status.UpdatedNumberScheduled)
        .Int("available", daemonSet => daemonSet.Status.NumberAvailable)
        .Int("number_unavailable", daemonSet => daemonSet.Status.NumberUnavailable)
        .Int("misscheduled", daemonSet => daemonSet.Status.NumberMisscheduled)
        .Enum("update_strategy", daemonSet => daemonSet.Spec.UpdateStrategy?.Type, "RollingUpdate", "OnDelete")
        .TextList("images", daemonSet => daemonSet.Derived?.Images ?? [])
        .Defaults("namespace", "name", "desired", "current", "ready", "updated", "available", "age")
        .Build();
}
