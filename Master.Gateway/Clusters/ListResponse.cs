namespace Master.Gateway.Clusters;

/// <summary>The list envelope of gateway-api.md: <c>{"items":[...],"total":N,"nextCursor":...}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">This page.</param>
/// <param name="Total">How many items there are in all.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
internal sealed record ListResponse<T>(IReadOnlyList<T> Items, int Total, string? NextCursor);
