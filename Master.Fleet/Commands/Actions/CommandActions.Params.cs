using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>The checks on params that are the same for every action: spelling, repetition, sub-actions.</summary>
internal static partial class CommandActions
{
    /// <summary>
    /// Unknown keys are allowed (the agent ignores them), but not a known one misspelt in letter case or repeated:
    /// Go's struct decoding matches names ignoring case and keeps the last repetition, while the ClickHouse actions'
    /// map lookups ignore the misspelt key. Either way the agent would not run what the request seems to say.
    /// </summary>
    private static void CheckSpelling(ActionRequest request, Problems problems)
    {
        var known = request.Rule.KnownKeys;
        foreach (var group in request.Params.Members.GroupBy(member => member.Name, StringComparer.Ordinal))
        {
            if (known.Contains(group.Key))
            {
                if (group.Count() > 1)
                {
                    problems.Add("params." + group.Key, $"{group.Key} is given {group.Count()} times; give it once "
                        + "(the agent would silently use the last one)");
                }

                continue;
            }

            var meant = known.FirstOrDefault(key => string.Equals(key, group.Key, StringComparison.OrdinalIgnoreCase));
            if (meant is not null)
            {
                problems.Add("params." + group.Key, $"{Shown.Text(group.Key)} must be spelt exactly {Shown.Text(meant)}: "
                    + $"parameter names are case-sensitive here (the agent might take it for {Shown.Text(meant)} or ignore it)");
            }
        }
    }

    /// <summary>The chosen sub-action (absent or <c>""</c> = the first); null, with a problem, when there is none such.</summary>
    private static SubActionRule? SelectSubAction(ActionRequest request, IReadOnlyList<SubActionRule> subActions, Problems problems)
    {
        if (!request.Params.TryGet(ActionRule.SubActionKey, out var value))
        {
            return subActions[0];
        }

        var names = Shown.List(subActions.Select(sub => sub.Name));
        if (value.ValueKind != JsonValueKind.String)
        {
            // A non-string reads as absent for the agent, which would run the default sub-action instead.
            problems.Add("params.sub_action", $"sub_action must be a string, one of {names}; got {Shown.Json(value)}");
            return null;
        }

        var text = value.GetString()!;
        var chosen = text.Length == 0 ? subActions[0] : subActions.FirstOrDefault(sub => sub.Name == text);
        if (chosen is null)
        {
            var match = subActions.FirstOrDefault(sub => string.Equals(sub.Name, text, StringComparison.OrdinalIgnoreCase));
            var hint = match is null ? "" : $" (sub-actions are case-sensitive: did you mean {match.Name}?)";
            problems.Add("params.sub_action", $"sub_action of {request.Action} must be one of {names} (default "
                + $"{subActions[0].Name}); got {Shown.Text(text)}{hint}");
        }

        return chosen;
    }
}
