using System.Globalization;
using Master.Database.Events;
using Master.Gateway.Errors;

namespace Master.Gateway.Events;

/// <summary>
/// Reads the query parameters of the event routes into a <see cref="ClusterEventQuery"/>, one by one, so that a bad
/// value is answered with the parameter's name, the value and what was expected instead of a bare 400.
/// </summary>
internal static class EventQueryParameters
{
    private const string Rfc3339 = "an RFC 3339 time such as 2025-06-12T06:00:00Z";

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
        var pageSize = ClusterEventQuery.DefaultLimit;
        if (!string.IsNullOrEmpty(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize)
                || pageSize is < 1 or > ClusterEventQuery.MaxLimit))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(limit), limit, $"an integer from 1 to {ClusterEventQuery.MaxLimit}");
        }

        ClusterEventCursor? after = null;
        if (!string.IsNullOrEmpty(cursor) && !ClusterEventCursor.TryDecode(cursor, out after))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(cursor), cursor, "the nextCursor of an earlier page of this list");
        }

        DateTimeOffset? from = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (!Rfc3339Time.TryParse(since, out var parsed))
            {
                return ErrorResponse.InvalidQueryParameter(nameof(since), since, Rfc3339);
            }

            from = parsed;
        }

        DateTimeOffset? to = null;
        if (!string.IsNullOrEmpty(until))
        {
            if (!Rfc3339Time.TryParse(until, out var parsed))
            {
                return ErrorResponse.InvalidQueryParameter(nameof(until), until, Rfc3339);
            }

            if (parsed < from)
            {
                return ErrorResponse.InvalidQueryParameter(nameof(until), until, $"a time at or after since ({since})");
            }

            to = parsed;
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
