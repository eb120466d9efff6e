namespace Master.Fleet.Commands.Actions;

/// <summary>A command request as validated: the action, its target fields and its <c>params</c>.</summary>
/// <param name="Rule">The rule of the action.</param>
/// <param name="Kind">target.kind; empty reads as absent.</param>
/// <param name="Namespace">target.namespace; empty reads as absent.</param>
/// <param name="Name">target.name; empty reads as absent.</param>
/// <param name="Params">The members of <c>params</c>; empty when absent or not an object.</param>
internal sealed record ActionRequest(ActionRule Rule, string? Kind, string? Namespace, string? Name, ParamSet Params)
{
    public string Action => Rule.Name;
}
