namespace Master.Query;

/// <summary>One page of clusters.</summary>
/// <param name="Items">The clusters of this page, ordered by id.</param>
/// <param name="Total">How many clusters match the filter in all, over every page.</param>
/// <param name="NextAfter">The id to continue after for the next page, or null when this is the last page.</param>
public sealed record ClusterPage(IReadOnlyList<ClusterView> Items, int Total, string? NextAfter);
