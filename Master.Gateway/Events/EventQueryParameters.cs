using Master.Database.Events;
using Master.Gateway.Errors;

namespace Master.Gateway.Events;

/// <summary>
/// Reads the query parameters of the event routes into a <see cref="ClusterEventQuery"/>, one by one, so that a bad
/// value is answered with the parameter's name, the value and what was expected instead of a bare 400.
/// </summary>
internal static class EventQueryParameters
{
    /// <summary>
    /// The parameters both routes take: paging (<c>limit</c>, <c>cursor</c>) and the filters on the event itself
    /// (<c>type</c>, <c>reason</c>, <c>since</c>, <c>until</c>). Each route adds its filters on the involved object.
    /// </summary>
    public static ErrorResponse? TryParse(
        string? limit,
        string? cursor,
        string? type,
        string? reason,
        string? since,
        string? until,
        out ClusterEventQuery query)
    {
        query = new ClusterEventQuery();
        if (QueryParameters.TryLimit(limit, ClusterEventQuery.DefaultLimit, ClusterEventQuery.MaxLimit, out var pageSize) is { } badLimit)
        {
            return badLimit;
        }

        ClusterEventCursor? after = null;
        if (!string.IsNullOrEmpty(cursor) && !ClusterEventCursor.TryDecode(cursor, out after))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(cursor), cursor, "the nextCursor of an earlier page of this list");
        }

        if (QueryParameters.TryTimeRange(since, until, out var from, out var to) is { } badTime)
        {
            return badTime;
        }

        query = new ClusterEventQuery(
            Type: NullIfEmpty(type), Reason: NullIfEmpty(reason), Since: from, Until: to, Limit: pageSize, After: after);
        return null;
    }

    /// <summary>A required parameter that is absent or empty: <c>422 validation_failed</c> naming it.</summary>
    public static ErrorResponse Missing(string parameter, string expected) => new(new ErrorDetail(
        ErrorCodes.ValidationFailed,
        $"Query parameter '{parameter}' is missing; expected {expected}.",
        new Dictionary<string, string> { [parameter] = $"expected {expected}" }));

    /// <summary>An empty filter (<c>?reason=</c>) is no filter, as on the other lists of the API.</summary>
    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
