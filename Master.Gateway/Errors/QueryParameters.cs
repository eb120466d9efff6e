using System.Globalization;
using Master.Gateway.Events;

namespace Master.Gateway.Errors;

/// <summary>
/// The paging and time query parameters every list reads the same way: a bad value is a <c>422 validation_failed</c>
/// naming the parameter, the value and what was expected.
/// </summary>
internal static class QueryParameters
{
    private const string Rfc3339 = "an RFC 3339 time such as 2025-06-12T06:00:00Z";

    /// <summary>The page size: <paramref name="fallback"/> when absent, else an integer from 1 to <paramref name="max"/>.</summary>
    public static ErrorResponse? TryLimit(string? text, int fallback, int max, out int limit)
    {
        limit = fallback;
        return string.IsNullOrEmpty(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 && limit <= max)
            ? null
            : ErrorResponse.InvalidQueryParameter("limit", text, $"an integer from 1 to {max}");
    }

    /// <summary>The <c>since</c> and <c>until</c> bounds, each optional; until may not be before since.</summary>
    public static ErrorResponse? TryTimeRange(string? since, string? until, out DateTimeOffset? from, out DateTimeOffset? to)
    {
        from = to = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (!Rfc3339Time.TryParse(since, out var parsed))
            {
                return ErrorResponse.InvalidQueryParameter(nameof(since), since, Rfc3339);
            }

            from = parsed;
        }

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

        return null;
    }
}
