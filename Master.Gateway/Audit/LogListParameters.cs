using System.Globalization;
using Master.Database.Audit;
using Master.Gateway.Clusters;
using Master.Gateway.Errors;

namespace Master.Gateway.Audit;

/// <summary>
/// The paging and time parameters shared by the audit log and the security events (<c>limit</c>, <c>cursor</c>,
/// <c>since</c>, <c>until</c>); a bad one is a 422 naming it, as on the other lists.
/// </summary>
internal sealed record LogListParameters(int Limit, LogCursor? After, DateTimeOffset? Since, DateTimeOffset? Until)
{
    public static ErrorResponse? TryParse(string? limit, string? cursor, string? since, string? until, out LogListParameters parameters)
    {
        parameters = new LogListParameters(AuditLogQuery.DefaultLimit, null, null, null);
        if (QueryParameters.TryLimit(limit, AuditLogQuery.DefaultLimit, AuditLogQuery.MaxLimit, out var pageSize) is { } badLimit)
        {
            return badLimit;
        }

        LogCursor? after = null;
        if (!string.IsNullOrEmpty(cursor) && !TryDecode(cursor, out after))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(cursor), cursor, "the nextCursor of an earlier page of this list");
        }

        if (QueryParameters.TryTimeRange(since, until, out var from, out var to) is { } badTime)
        {
            return badTime;
        }

        parameters = new LogListParameters(pageSize, after, from, to);
        return null;
    }

    /// <summary>A true/false filter; anything else is a 422 naming the parameter.</summary>
    public static ErrorResponse? TryParseFlag(string parameter, string? text, out bool? flag)
    {
        flag = text switch
        {
            null or "" => null,
            "true" => true,
            "false" => false,
            _ => null,
        };
        return flag is null && !string.IsNullOrEmpty(text) ? ErrorResponse.InvalidQueryParameter(parameter, text, "true or false") : null;
    }

    public static string? Encode(LogCursor? cursor) => cursor is null
        ? null
        : ListCursor.Encode(string.Create(CultureInfo.InvariantCulture, $"{cursor.OccurredAt.UtcTicks}:{cursor.Id}"));

    private static bool TryDecode(string text, out LogCursor? cursor)
    {
        cursor = null;
        if (!ListCursor.TryDecode(text, out var key) || key.Split(':') is not [var ticks, var id]
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var entryId)
            || utcTicks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new LogCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), entryId);
        return true;
    }
}
