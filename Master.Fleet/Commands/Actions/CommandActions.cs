using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>
/// The actions Master accepts (§9.1, §9.2, §11.7) and the validation of a command request against what the real
/// agent needs. Master refuses at the API whatever the agent would fail, misread, clamp or silently replace with a
/// default, so that an agent never runs something other than what the operator meant.
/// </summary>
internal static partial class CommandActions
{
    private static readonly IReadOnlyList<ActionRule> Rules =
        [.. KubernetesActionRules.All, .. ClickHouseActionRules.All, ApplyConfigActionRule.Rule];

    private static readonly Dictionary<string, ActionRule> ByName = Rules.ToDictionary(rule => rule.Name, StringComparer.Ordinal);

    /// <summary>Every action Master accepts, in the order of the spec (9.1, 9.2, then apply_config).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Rules.Select(rule => rule.Name)];

    /// <summary>
    /// Checks a request against what the real agent needs. Returns field → message (the first problem per field),
    /// empty when valid. Fields: <c>action</c>, <c>target.kind</c>, <c>target.namespace</c>, <c>target.name</c>,
    /// <c>params</c>, <c>params.&lt;key&gt;</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Validate(
        string action, string? kind, string? @namespace, string? name, JsonElement? parameters)
    {
        ArgumentNullException.ThrowIfNull(action);
        var problems = new Problems();
        if (!ByName.TryGetValue(action, out var rule))
        {
            problems.Add("action", UnknownAction(action));
        }

        var paramSet = ReadParams(parameters, problems);
        if (rule is null)
        {
            return problems.ToResult();
        }

        var request = new ActionRequest(rule, kind, @namespace, name, paramSet ?? ParamSet.Empty);
        rule.Target.Check(request, problems);
        if (paramSet is not null)
        {
            CheckParams(request, problems);
        }

        return problems.ToResult();
    }

    /// <summary>
    /// Whether the output of the command carries secret material (§9.4): <c>get_secret</c>, and <c>dynamic</c> on
    /// Secrets. Errs on the side of masking: the kind and its key are compared ignoring case.
    /// </summary>
    public static bool CarriesSecrets(string action, JsonElement? parameters)
    {
        if (action == "get_secret")
        {
            return true;
        }

        return action == "dynamic" && parameters is { ValueKind: JsonValueKind.Object } members
            && members.EnumerateObject().Any(member => member.Name.Equals("kind", StringComparison.OrdinalIgnoreCase)
                && member.Value.ValueKind == JsonValueKind.String
                && string.Equals(member.Value.GetString(), "Secret", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The params as a set, empty when absent or null; null (and a problem) when not an object.</summary>
    private static ParamSet? ReadParams(JsonElement? parameters, Problems problems)
    {
        if (parameters is not { } value || value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return ParamSet.Empty;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            // The agent drops a whole poll reply whose params is not an object (§4.4).
            problems.Add("params", $"params must be a JSON object of named parameters, such as {{\"replicas\": 3}}; "
                + $"got {Shown.Json(value)}");
            return null;
        }

        return ParamSet.Of(value);
    }

    private static void CheckParams(ActionRequest request, Problems problems)
    {
        CheckSpelling(request, problems);
        var rules = request.Rule.Params;
        if (request.Rule.SubActions is { } subActions)
        {
            var subAction = SelectSubAction(request, subActions, problems);
            rules = subAction?.Params ?? [];
        }

        foreach (var rule in rules)
        {
            rule.Check(request.Params, problems);
        }

        request.Rule.CrossCheck?.Invoke(request, problems);
    }

    private static string UnknownAction(string action)
    {
        var message = $"unknown action {Shown.Text(action)}; Master accepts {Shown.List(Names)}";
        var match = Names.FirstOrDefault(known => string.Equals(known, action, StringComparison.OrdinalIgnoreCase));
        return match is null ? message : $"{message} (action names are case-sensitive: did you mean {match}?)";
    }
}
