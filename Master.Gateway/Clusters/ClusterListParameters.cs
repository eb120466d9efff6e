using System.Globalization;
using Master.Gateway.Errors;
using Master.Query;

namespace Master.Gateway.Clusters;

/// <summary>
/// The query parameters of <c>GET /api/v2/clusters</c>, checked one by one so that a bad value is answered with the
/// parameter's name, the value and what was expected instead of a bare 400.
/// </summary>
/// <param name="Limit">The page size.</param>
/// <param name="After">The cluster id the page starts after, decoded from the cursor.</param>
/// <param name="Filter">The field filters.</param>
internal sealed record ClusterListParameters(int Limit, string? After, ClusterFilter Filter)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    private const int MaxLabels = 64;

    public static ErrorResponse? TryParse(
        string? limit,
        string? cursor,
        string? status,
        string? name,
        string? environment,
        string? agentVersion,
        string? labels,
        out ClusterListParameters parameters)
    {
        parameters = new ClusterListParameters(DefaultLimit, null, ClusterFilter.None);
        var pageSize = DefaultLimit;
        if (!string.IsNullOrEmpty(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(limit), limit, $"an integer from 1 to {MaxLimit}");
        }

        string? after = null;
        if (!string.IsNullOrEmpty(cursor) && !ListCursor.TryDecode(cursor, out after))
        {
            return ErrorResponse.InvalidQueryParameter(nameof(cursor), cursor, "the nextCursor of an earlier page of this list");
        }

        if (!string.IsNullOrEmpty(status) && status is not (ClusterConnectivity.Online or ClusterConnectivity.Offline))
        {
            return ErrorResponse.InvalidQueryParameter(
                nameof(status), status, $"{ClusterConnectivity.Online} or {ClusterConnectivity.Offline}");
        }

        IReadOnlyDictionary<string, string>? labelFilter = null;
        if (!string.IsNullOrEmpty(labels) && !TryParseLabels(labels, out labelFilter))
        {
            return ErrorResponse.InvalidQueryParameter(
                nameof(labels), labels, $"comma-separated key=value pairs with a non-empty key, at most {MaxLabels}");
        }

        parameters = new ClusterListParameters(pageSize, after, new ClusterFilter
        {
            Status = NullIfEmpty(status),
            Name = NullIfEmpty(name),
            Environment = NullIfEmpty(environment),
            AgentVersion = NullIfEmpty(agentVersion),
            Labels = labelFilter,
        });
        return null;
    }

    private static bool TryParseLabels(string text, out IReadOnlyDictionary<string, string>? labels)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        labels = parsed;
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || parsed.Count == MaxLabels)
            {
                return false;
            }

            // Trimmed like the agent's X-Agent-Labels header, so a filter matches what the agent reported.
            parsed[item[..equals].Trim()] = item[(equals + 1)..].Trim();
        }

        return true;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
