using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>
/// The members of a request's <c>params</c> object. A JSON <c>null</c> reads as absent, as it does for the agent
/// (Go leaves the field at its zero value); a repeated name keeps the last value, as Go's decoder does.
/// </summary>
internal sealed class ParamSet
{
    public static readonly ParamSet Empty = new([]);

    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

    private ParamSet(IReadOnlyList<JsonProperty> members)
    {
        Members = members;
        foreach (var member in members)
        {
            _values[member.Name] = member.Value;
        }
    }

    /// <summary>Every member in the order sent, repeated names included.</summary>
    public IReadOnlyList<JsonProperty> Members { get; }

    public static ParamSet Of(JsonElement parameters) => new(parameters.EnumerateObject().ToList());

    /// <summary>The value of <paramref name="key"/> (exact spelling); false when absent or null.</summary>
    public bool TryGet(string key, out JsonElement value) =>
        _values.TryGetValue(key, out value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The string value of <paramref name="key"/>, or null when absent, null or not a string.</summary>
    public string? GetString(string key) =>
        TryGet(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
