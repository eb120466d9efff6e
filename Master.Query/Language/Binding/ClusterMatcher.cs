namespace Master.Query.Language.Binding;

/// <summary>A <c>cluster</c> matcher: it matches a cluster by its id or by its registry name.</summary>
internal sealed class ClusterMatcher(Func<string, bool> test, bool negated)
{
    /// <summary>A matcher that matches every cluster: <c>cluster="*"</c>.</summary>
    public bool MatchesAll { get; init; }

    public bool Matches(string id, string name) => negated ? !test(id) && !test(name) : test(id) || test(name);
}
