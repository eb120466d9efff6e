using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Metrics;

/// <summary>Counts each request to a gateway route (and each unmatched one) in <c>master_http_requests</c>.</summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, GatewayMetrics metrics)
{
    private const string Unmatched = "unmatched";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is null || endpoint.Metadata.GetMetadata<GatewayEndpointMetadata>() is not null)
            {
                var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? Unmatched;
                metrics.RequestCompleted(context.Request.Method, route, context.Response.StatusCode);
            }
        }
    }
}
