using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Master.Gateway.Metrics;

/// <summary>
/// Counts each request to a gateway route in <c>master_http_requests</c>, labelled with the route template (never the raw
/// path, which would give one series per cluster id). Requests that match no route, or match a path but not its method,
/// share the label <c>unmatched</c>; requests to other endpoints (the agent channel) are not counted here.
/// </summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, GatewayMetrics metrics)
{
    public const string Unmatched = "unmatched";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is RouteEndpoint route)
            {
                if (route.Metadata.GetMetadata<GatewayEndpointMetadata>() is not null)
                {
                    metrics.RequestCompleted(context.Request.Method, RouteLabel(route.RoutePattern), context.Response.StatusCode);
                }
            }
            else
            {
                // No endpoint, or routing's own 405 endpoint (which is not a RouteEndpoint).
                metrics.RequestCompleted(context.Request.Method, Unmatched, context.Response.StatusCode);
            }
        }
    }

    /// <summary>The template as clients write the path: a leading slash and no trailing one (group prefixes add one).</summary>
    public static string RouteLabel(RoutePattern pattern)
    {
        var raw = pattern.RawText ?? string.Empty;
        var trimmed = raw.Trim('/');
        return "/" + trimmed;
    }
}
