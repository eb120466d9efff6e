namespace Master.LoadTest;

/// <summary>The accepted ids against the ids the history lists as succeeded.</summary>
internal sealed record HistoryCheck(int Listed, List<string> Missing, int Unexpected, int Duplicates)
{
    public Dictionary<string, string> MissingStatuses { get; } = new(StringComparer.Ordinal);

    public static HistoryCheck Of(List<string> accepted, List<string> listed)
    {
        var seen = new HashSet<string>(listed, StringComparer.Ordinal);
        var ours = new HashSet<string>(accepted, StringComparer.Ordinal);
        return new HistoryCheck(
            listed.Count,
            [.. accepted.Where(id => !seen.Contains(id))],
            seen.Count(id => !ours.Contains(id)),
            listed.Count - seen.Count);
    }
}
