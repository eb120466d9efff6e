namespace Master.Query;

/// <summary>
/// Which clusters a list returns. Every criterion that is set must match, exactly and case-sensitively; an unset one
/// matches everything. The names follow the fields of <see cref="ClusterView"/> (gateway-api.md: filters are query
/// parameters named like the fields they filter).
/// </summary>
public sealed record ClusterFilter
{
    /// <summary>The filter that keeps every cluster.</summary>
    public static ClusterFilter None { get; } = new();

    /// <summary><see cref="ClusterConnectivity.Online"/> or <see cref="ClusterConnectivity.Offline"/>, or null for both.</summary>
    public string? Status { get; init; }

    /// <summary>The cluster name, or null for any.</summary>
    public string? Name { get; init; }

    /// <summary>The environment tag, or null for any; a cluster without one never matches a set value.</summary>
    public string? Environment { get; init; }

    /// <summary>The agent version, or null for any.</summary>
    public string? AgentVersion { get; init; }

    /// <summary>Labels the cluster must carry with exactly these values, or null (or empty) for any.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>True when <paramref name="cluster"/> meets every criterion that is set.</summary>
    public bool Matches(ClusterView cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return Equal(Status, cluster.Status)
            && Equal(Name, cluster.Name)
            && Equal(Environment, cluster.Environment)
            && Equal(AgentVersion, cluster.AgentVersion)
            && (Labels is null || Labels.All(label =>
                cluster.Labels.TryGetValue(label.Key, out var value) && string.Equals(value, label.Value, StringComparison.Ordinal)));
    }

    private static bool Equal(string? wanted, string? actual) => wanted is null || string.Equals(wanted, actual, StringComparison.Ordinal);
}
