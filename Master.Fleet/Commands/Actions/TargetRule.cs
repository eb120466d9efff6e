namespace Master.Fleet.Commands.Actions;

/// <summary>
/// What an action needs of <c>target</c>. <paramref name="Kind"/> is the only kind the action acts on: the agent
/// does not consult <c>kind</c> (a <c>scale</c> always scales a Deployment), so any other kind is refused rather
/// than have the agent act on a Deployment the operator did not mean.
/// </summary>
/// <param name="Kind">The kind acted on; null when it depends on the params (<c>dynamic</c>) or there is no target.</param>
/// <param name="NeedsName">Whether target.name is required.</param>
/// <param name="NeedsNamespace">Whether target.namespace is required.</param>
/// <param name="KindRequired">Whether target.kind must be given (<c>delete</c>: the agent deletes only Pods).</param>
/// <param name="NoTargetReason">For an action without a target: why one is refused; null when it has a target.</param>
internal sealed record TargetRule(
    string? Kind, bool NeedsName, bool NeedsNamespace, bool KindRequired = false, string? NoTargetReason = null)
{
    public static TargetRule Namespaced(string kind, bool kindRequired = false) => new(kind, true, true, kindRequired);

    public static TargetRule ClusterScoped(string kind) => new(kind, true, false);

    /// <summary>The target depends on the params; the action's own check requires what it needs.</summary>
    public static TargetRule FromParams { get; } = new(null, false, false);

    public static TargetRule None(string reason) => new(null, false, false, NoTargetReason: reason);

    public void Check(ActionRequest request, Problems problems)
    {
        if (NoTargetReason is not null)
        {
            RefuseGiven(request, "kind", request.Kind, problems);
            RefuseGiven(request, "namespace", request.Namespace, problems);
            RefuseGiven(request, "name", request.Name, problems);
            return;
        }

        CheckKind(request, problems);
        CheckName(request.Action, "namespace", request.Namespace, NeedsNamespace, $"the namespace of the {Kind}", problems);
        CheckName(request.Action, "name", request.Name, NeedsName, $"the name of the {Kind}", problems);
    }

    /// <summary>Records a problem when a present target name or namespace is implausible, or a required one is absent.</summary>
    public static void CheckName(string action, string part, string? value, bool required, string what, Problems problems)
    {
        var field = "target." + part;
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                problems.Add(field, $"{field} is required for {action}: {what}");
            }
        }
        else if (!KubernetesName.IsPlausible(value))
        {
            problems.Add(field, $"{field} must be a Kubernetes name of {KubernetesName.Expectation}; got {Shown.Text(value)}");
        }
    }

    private void CheckKind(ActionRequest request, Problems problems)
    {
        if (Kind is null)
        {
            return;
        }

        if (string.IsNullOrEmpty(request.Kind))
        {
            if (KindRequired)
            {
                problems.Add("target.kind", $"target.kind is required for {request.Action} and must be {Kind} "
                    + $"(the agent {request.Action}s only {Kind}s)");
            }
        }
        else if (!string.Equals(request.Kind, Kind, StringComparison.Ordinal))
        {
            var rule = KindRequired ? $"must be exactly {Kind}" : $"must be {Kind} or omitted";
            problems.Add("target.kind", $"{request.Action} acts only on a {Kind}, so target.kind {rule}; "
                + $"got {Shown.Text(request.Kind)}");
        }
    }

    private void RefuseGiven(ActionRequest request, string part, string? value, Problems problems)
    {
        if (!string.IsNullOrEmpty(value))
        {
            problems.Add("target." + part, $"{request.Action} takes no target, so target.{part} must be omitted "
                + $"({NoTargetReason}); got {Shown.Text(value)}");
        }
    }
}
