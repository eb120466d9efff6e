using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>One parameter of an action: its key, JSON shape, whether it is required, and its accepted range.</summary>
internal sealed partial record ParamRule(string Key, ParamType Type)
{
    /// <summary>The largest integer a float64 holds exactly: the agent decodes <c>params</c> numbers as float64 (§4.4).</summary>
    public const long SafeMax = 9_007_199_254_740_991;

    public bool Required { get; init; }

    public long Min { get; init; } = long.MinValue;

    public long Max { get; init; } = SafeMax;

    /// <summary>For strings: the accepted values, compared exactly (the agent's are case-sensitive).</summary>
    public IReadOnlyList<string>? OneOf { get; init; }

    public StringShape Shape { get; init; }

    /// <summary>For a required string: whether <c>""</c> counts as given (otherwise it reads as absent, as for the agent).</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>A remark appended to the expectation, e.g. why a range is narrower than the agent's.</summary>
    public string? Note { get; init; }

    public string Field => "params." + Key;

    public static ParamRule Integer(string key, long min, long max = SafeMax, bool required = false) =>
        new(key, ParamType.Integer) { Min = min, Max = max, Required = required };

    public static ParamRule LooseInteger(string key, long min) => new(key, ParamType.LooseInteger) { Min = min };

    public static ParamRule Number(string key, long min) => new(key, ParamType.Number) { Min = min };

    public static ParamRule Boolean(string key) => new(key, ParamType.Boolean);

    public static ParamRule String(string key, bool required = false, StringShape shape = StringShape.Any) =>
        new(key, ParamType.String) { Required = required, Shape = shape };

    public static ParamRule Choice(string key, IReadOnlyList<string> oneOf, bool required = false) =>
        new(key, ParamType.String) { Required = required, OneOf = oneOf };

    public static ParamRule Duration(string key) => new(key, ParamType.Duration);

    public static ParamRule Time(string key) => new(key, ParamType.Time);

    /// <summary>What the parameter must be, as the end of a sentence: "must be …".</summary>
    public string Expectation
    {
        get
        {
            var expectation = Type switch
            {
                ParamType.Integer => WholeNumber(),
                ParamType.LooseInteger => WholeNumber() + ", as a JSON number or a string of digits",
                ParamType.Number => $"a number of at least {Min}",
                ParamType.Boolean => "true or false",
                ParamType.String when OneOf is not null => "one of " + Shown.List(OneOf),
                ParamType.String => Shape switch
                {
                    StringShape.Name => "a name of " + KubernetesName.Expectation,
                    StringShape.Token => "a non-empty string without whitespace or control characters",
                    _ => Required && !AllowEmpty ? "a non-empty string" : "a string",
                },
                ParamType.Duration => "a duration such as 5m, 90s or 1h30m (a number followed by ns, us, ms, s, m or h; "
                    + "there is no d or w unit), or a whole number of seconds",
                ParamType.Time => "an RFC 3339 time such as 2025-06-12T06:00:00Z",
                ParamType.Sha256 => "64 lower-case hexadecimal digits (a SHA-256, no prefix)",
                _ => throw new InvalidOperationException($"Unknown parameter type {Type}."),
            };
            string[] notes = [.. new[] { SafeMaxNote, Note }.OfType<string>()];
            return notes.Length == 0 ? expectation : $"{expectation} ({string.Join("; ", notes)})";
        }
    }

    /// <summary>Checks the parameter in <paramref name="parameters"/>, recording at most one problem under <see cref="Field"/>.</summary>
    public void Check(ParamSet parameters, Problems problems)
    {
        if (!parameters.TryGet(Key, out var value) || IsEmptyString(value))
        {
            if (Required)
            {
                problems.Add(Field, $"{Key} is required: {Expectation}");
            }

            return;
        }

        var problem = Problem(value);
        if (problem is not null)
        {
            problems.Add(Field, problem);
        }
    }

    // Only for textual parameters: "" reads as absent there, as it does for the agent; an integer sent as "" is refused.
    private bool IsEmptyString(JsonElement value) =>
        Type is ParamType.String or ParamType.Duration or ParamType.Time or ParamType.Sha256
        && value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0 && !AllowEmpty;

    private bool UpToSafeMax => Type is ParamType.Integer or ParamType.LooseInteger && Max == SafeMax;

    private string? SafeMaxNote => UpToSafeMax ? $"at most {SafeMax}, as the agent decodes numbers as float64" : null;

    private string WholeNumber() => UpToSafeMax ? $"a whole number of at least {Min}" : $"a whole number from {Min} to {Max}";
}
