namespace Master.Fleet.Commands.Actions;

/// <summary>
/// One accepted action: what it needs of the target, the parameters it reads, its <c>sub_action</c>s if it has
/// any (the first is the default), and a check across fields where one field decides what another needs.
/// </summary>
internal sealed record ActionRule(string Name, TargetRule Target, IReadOnlyList<ParamRule> Params)
{
    public const string SubActionKey = "sub_action";

    /// <summary>The sub-actions, default first; null for an action without them.</summary>
    public IReadOnlyList<SubActionRule>? SubActions { get; init; }

    /// <summary>Parameters the cross-field check reads itself.</summary>
    public IReadOnlyList<string> OtherKeys { get; init; } = [];

    public Action<ActionRequest, Problems>? CrossCheck { get; init; }

    /// <summary>Every parameter key this action gives a meaning to, in any of its sub-actions.</summary>
    public IReadOnlySet<string> KnownKeys => field ??= Params.Select(rule => rule.Key)
        .Concat(SubActions?.SelectMany(sub => sub.Params).Select(rule => rule.Key).Append(SubActionKey) ?? [])
        .Concat(OtherKeys)
        .ToHashSet(StringComparer.Ordinal);
}
