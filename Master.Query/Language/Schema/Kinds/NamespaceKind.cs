using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>namespaces</c> kind; its counts are the agent's, made when it collected the snapshot.</summary>
internal static class NamespaceKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<KubeNamespace>("namespaces", namespaced: false, snapshot => snapshot.Namespaces, "namespace", "ns")
        .Common(
            name: ns => ns.Summary.Name,
            ns: null,
            created: ns => ns.Summary.CreatedAt,
            labels: ns => ns.Labels,
            annotations: ns => ns.Annotations)
        .Enum("status", ns => ns.Status.Phase, "Active", "Terminating")
        .Int("pods", ns => ns.Resources.Pods)
        .Int("running_pods", ns => ns.Resources.PodsRunning)
        .Int("pending_pods", ns => ns.Resources.PodsPending)
        .Int("failed_pods", ns => ns.Resources.PodsFailed)
        .Int("deployments", ns => ns.Resources.Deployments)
        .Int("services", ns => ns.Resources.Services)
        .Defaults("name", "status", "pods", "age")
        .Build();
}
