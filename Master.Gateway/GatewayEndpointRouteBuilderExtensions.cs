using Master.Gateway;
using Master.Gateway.Access;
using Master.Gateway.Accounts;
using Master.Gateway.Ai;
using Master.Gateway.Audit;
using Master.Gateway.Clusters;
using Master.Gateway.Commands;
using Master.Gateway.Events;
using Master.Gateway.Health;
using Master.Gateway.Live;
using Master.Gateway.Metrics;
using Master.Gateway.Queries;
using Master.Gateway.Settings;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the web API's routes.</summary>
public static class GatewayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c>, <c>/openapi/v1.json</c> and the <c>/api/v2</c> routes, and
    /// returns a builder over all of them so the host can confine them to the gateway listener.
    /// </summary>
    public static IEndpointConventionBuilder MapMasterGateway(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);

        // Start listening to the Master.* meters now, so /metrics counts from start-up, not from the first scrape.
        _ = routes.ServiceProvider.GetRequiredService<MasterMeterListener>();

        var gateway = routes.MapGroup(string.Empty).WithMetadata(GatewayEndpointMetadata.Instance);
        gateway.MapHealthEndpoints();
        gateway.MapMetricsEndpoints();
        gateway.MapOpenApi().RequireRole(Role.Viewer);

        // Each route declares its role; EndpointAccessGuard refuses to start while one has not.
        var api = gateway.MapGroup("/api/v2");
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapTokenEndpoints();
        api.MapClusterEndpoints();
        api.MapEventEndpoints();
        api.MapQueryEndpoints();
        api.MapCommandEndpoints();
        api.MapAuditEndpoints();
        api.MapSettingEndpoints();
        api.MapAiSessionEndpoints();
        api.MapAiMessageEndpoints();
        api.MapAiToolCallEndpoints();
        api.MapLiveEndpoints().RequireRole(Role.Viewer);
        return gateway;
    }
}
