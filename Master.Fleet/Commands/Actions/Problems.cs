namespace Master.Fleet.Commands.Actions;

/// <summary>The problems found in one command request: one message per field, the first one found.</summary>
internal sealed class Problems
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    /// <summary>Records a problem unless the field already has one (the first problem per field wins).</summary>
    public void Add(string field, string message) => _byField.TryAdd(field, message);

    public bool Has(string field) => _byField.ContainsKey(field);

    public IReadOnlyDictionary<string, string> ToResult() => _byField;
}
