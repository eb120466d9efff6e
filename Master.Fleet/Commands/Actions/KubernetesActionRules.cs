namespace Master.Fleet.Commands.Actions;

/// <summary>The Kubernetes actions of §9.1, in the order of the spec, with the targets §9.4 requires.</summary>
internal static class KubernetesActionRules
{
    public static IReadOnlyList<ActionRule> All { get; } =
    [
        new("scale", TargetRule.Namespaced("Deployment"),
        [
            // Absent reads as 0 for the agent: a forgotten replicas would scale the Deployment down to nothing.
            ParamRule.Integer("replicas", 0, int.MaxValue, required: true),
        ]),
        new("restart", TargetRule.Namespaced("Deployment"), []),
        new("update_image", TargetRule.Namespaced("Deployment"),
        [
            ParamRule.String("image", required: true, StringShape.Token),
            // The agent would fall back to the first container; an operator must never update one by accident (§9.4).
            ParamRule.String("container", required: true, StringShape.Name),
        ]),
        new("delete", TargetRule.Namespaced("Pod", kindRequired: true),
        [
            ParamRule.Integer("gracePeriodSeconds", 0),
            ParamRule.Boolean("force"),
        ]),
        new("cordon", TargetRule.ClusterScoped("Node"), []),
        new("uncordon", TargetRule.ClusterScoped("Node"), []),
        new("get_logs", TargetRule.Namespaced("Pod"),
        [
            ParamRule.String("container", shape: StringShape.Name),
            ParamRule.Integer("tailLines", 1, 200) with
            {
                Note = "the agent would silently clamp other values to 100 or 200, so Master refuses them",
            },
            ParamRule.Integer("sinceSeconds", 1) with { Note = "seconds, not a duration string" },
            ParamRule.Boolean("timestamps"),
            ParamRule.Boolean("previous"),
        ]),
        new("get_configmap", TargetRule.Namespaced("ConfigMap"), []),
        new("get_secret", TargetRule.Namespaced("Secret"), []),
        DynamicActionRule.Rule,
        new("apply_manifests", TargetRule.None("each object's namespace comes from its manifest, default when it has none"),
        [
            ParamRule.String("manifests", required: true) with { Note = "multi-document YAML or JSON" },
        ])
        {
            CrossCheck = CheckManifests,
        },
    ];

    private static void CheckManifests(ActionRequest request, Problems problems)
    {
        var manifests = request.Params.GetString("manifests");
        if (manifests is not null && string.IsNullOrWhiteSpace(manifests))
        {
            problems.Add("params.manifests", "manifests must contain at least one YAML or JSON document; got only whitespace");
        }
    }
}
