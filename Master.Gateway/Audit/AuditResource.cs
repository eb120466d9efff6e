using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Audit;

/// <summary>
/// What a request is about, read from its route: <c>/api/v2/clusters/{id}</c> is resource type <c>clusters</c>, id the
/// route's first parameter, and the cluster when the resource is one.
/// </summary>
internal sealed record AuditResource(string Type, string Id, string? ClusterId)
{
    private const string ApiPrefix = "/api/v2/";

    public static AuditResource Of(Endpoint endpoint, RouteValueDictionary routeValues)
    {
        if (endpoint is not RouteEndpoint { RoutePattern: var pattern })
        {
            return new AuditResource(string.Empty, string.Empty, null);
        }

        var raw = pattern.RawText ?? string.Empty;
        var path = raw.StartsWith(ApiPrefix, StringComparison.Ordinal) ? raw[ApiPrefix.Length..] : raw.TrimStart('/');
        var type = path.Split('/')[0];
        var id = pattern.Parameters.Count > 0 && routeValues.TryGetValue(pattern.Parameters[0].Name, out var value)
            ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty
            : string.Empty;
        return new AuditResource(type, id, type == "clusters" && id.Length > 0 ? id : null);
    }
}
