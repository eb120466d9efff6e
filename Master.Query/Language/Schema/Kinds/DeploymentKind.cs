using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>deployments</c> kind.</summary>
internal static class DeploymentKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<Deployment>("deployments", namespaced: true, snapshot => snapshot.Deployments, "deployment", "deploy")
        .Common(
            name: deployment => deployment.Summary.Name,
            ns: deployment => deployment.Summary.Namespace,
            created: deployment => deployment.Summary.CreatedAt,
            labels: deployment => deployment.Labels,
            annotations: deployment => deployment.Annotations)
        // The summary's count is required on the wire; spec.replicas is optional.
        .Int("replicas", deployment => deployment.Summary.Replicas)
        .Int("ready_replicas", deployment => deployment.Status.ReadyReplicas)
        .Int("available_replicas", deployment => deployment.Status.AvailableReplicas)
        .Int("updated_replicas", deployment => deployment.Status.UpdatedReplicas)
        .Int("unavailable_replicas", deployment => deployment.Status.UnavailableReplicas)
        .Enum("strategy", deployment => deployment.Summary.Strategy, "RollingUpdate", "Recreate")
        .Text("max_surge", deployment => deployment.Spec.Strategy?.RollingUpdate?.MaxSurge)
        .Text("max_unavailable", deployment => deployment.Spec.Strategy?.RollingUpdate?.MaxUnavailable)
        .Bool("paused", deployment => deployment.Summary.Paused)
        .Enum("rollout", deployment => deployment.Rollout?.Phase, "Available", "Progressing", "Failed", "Unknown")
        .Text("image", deployment => deployment.Template.Containers.FirstOrDefault()?.Image)
        .TextList("images", deployment => deployment.Derived?.Images ?? [])
        .Map("selector", deployment => deployment.Spec.Selector?.MatchLabels)
        .Defaults("namespace", "name", "ready_replicas", "replicas", "updated_replicas", "available_replicas", "age")
        .Build();
}
