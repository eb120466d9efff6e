namespace Master.Fleet.Commands.Actions;

/// <summary>
/// The read-only <c>dynamic</c> action (§9.1): <c>params.command</c> and <c>params.kind</c> decide the API path,
/// so they also decide which target fields are needed.
/// </summary>
internal static class DynamicActionRule
{
    public const string EventKind = "Event";

    /// <summary>
    /// The kinds the agent maps to an API path. Its lookup is an exact map lookup (<c>kindToResource[kind]</c>), so
    /// <c>pod</c> fails there with <c>unsupported kind</c>; Master compares exactly too and suggests the spelling.
    /// </summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "Pod", "Node", "Service", "ConfigMap", "Secret", "Event", "Namespace", "PersistentVolume", "PersistentVolumeClaim",
        "ServiceAccount", "ResourceQuota", "LimitRange", "Endpoints", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
        "Job", "CronJob", "Ingress", "NetworkPolicy", "HorizontalPodAutoscaler", "HPA",
    ];

    private static readonly HashSet<string> ClusterScopedKinds = new(StringComparer.Ordinal) { "Node", "Namespace", "PersistentVolume" };

    private static readonly ParamRule Kind = ParamRule.Choice("kind", Kinds, required: true);

    private static readonly ParamRule EventsKind = ParamRule.Choice("kind", [EventKind]) with
    {
        Note = "get_events always lists Events; filter with involved_kind and involved_name",
    };

    public static ActionRule Rule { get; } = new("dynamic", TargetRule.FromParams,
    [
        ParamRule.Choice("command", ["get", "describe", "list", "get_events"], required: true),
        ParamRule.String("label_selector"),
        ParamRule.String("involved_kind"),
        ParamRule.String("involved_name"),
    ])
    {
        OtherKeys = ["kind"],
        CrossCheck = Check,
    };

    private static void Check(ActionRequest request, Problems problems)
    {
        var command = request.Params.GetString("command");
        var events = command == "get_events";
        (events ? EventsKind : Kind).Check(request.Params, problems);

        var kind = events ? EventKind : request.Params.GetString("kind");
        var knownKind = kind is not null && Kinds.Contains(kind, StringComparer.Ordinal);
        var single = command is "get" or "describe";
        var namespaced = single && knownKind && !ClusterScopedKinds.Contains(kind!);
        TargetRule.CheckName(request.Action, "name", request.Name, single, $"{command} reads one object by name", problems);
        TargetRule.CheckName(request.Action, "namespace", request.Namespace, namespaced,
            $"{command} of a {kind} reads it in a namespace", problems);

        if (knownKind && !string.IsNullOrEmpty(request.Kind) && !string.Equals(request.Kind, kind, StringComparison.Ordinal))
        {
            problems.Add("target.kind", $"dynamic reads the kind named by params (here {kind}), so target.kind must be "
                + $"{kind} or omitted; got {Shown.Text(request.Kind)}");
        }
    }
}
