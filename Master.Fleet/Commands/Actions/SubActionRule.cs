namespace Master.Fleet.Commands.Actions;

/// <summary>One <c>sub_action</c> of a ClickHouse query action (§9.2) and the parameters it reads.</summary>
internal sealed record SubActionRule(string Name, IReadOnlyList<ParamRule> Params);
