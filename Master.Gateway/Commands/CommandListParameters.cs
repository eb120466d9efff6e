using Master.Database.Commands;
using Master.DataHub.Commands;
using Master.Gateway.Errors;

namespace Master.Gateway.Commands;

/// <summary>Reads the query parameters of <c>GET /api/v2/commands</c>; a bad value is a 422 naming it.</summary>
internal static class CommandListParameters
{
    private static readonly string[] Statuses = [.. Enum.GetValues<CommandStatus>().Select(status => status.ToWireName())];

    public static ErrorResponse? TryParse(
        string? limit, string? cursor, string? status, string? action, string? source, string? since, string? until, out CommandQuery query)
    {
        query = new CommandQuery();
        if (QueryParameters.TryLimit(limit, CommandQuery.DefaultLimit, CommandQuery.MaxLimit, out var pageSize) is { } badLimit)
        {
            return badLimit;
        }

        CommandCursor? after = null;
        if (!string.IsNullOrEmpty(cursor) && !CommandCursor.TryDecode(cursor, out after))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(cursor), cursor, "the nextCursor of an earlier page of this list");
        }

        if (!string.IsNullOrEmpty(status) && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(status), status, "one of " + string.Join(", ", Statuses));
        }

        if (QueryParameters.TryTimeRange(since, until, out var from, out var to) is { } badTime)
        {
            return badTime;
        }

        query = new CommandQuery(
            Status: NullIfEmpty(status), Action: NullIfEmpty(action), Source: NullIfEmpty(source), Since: from, Until: to,
            Limit: pageSize, After: after);
        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
