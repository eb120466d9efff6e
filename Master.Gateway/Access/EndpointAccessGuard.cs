using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Master.Gateway.Access;

/// <summary>
/// Refuses to start Master while any route has not declared who may call it: a gateway route must call
/// <see cref="EndpointAccess.RequireRole{TBuilder}"/> or <see cref="EndpointAccess.AllowAnyone{TBuilder}"/>, any other
/// route (the agent channel, which authenticates agents itself) must at least allow anonymous callers explicitly.
/// </summary>
internal sealed class EndpointAccessGuard(EndpointDataSource endpoints) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var undeclared = Undeclared(endpoints.Endpoints);
        return undeclared.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException(
                "These routes do not declare who may call them (RequireRole or AllowAnyone): " + string.Join(", ", undeclared));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every route that declares no access, as "METHOD pattern".</summary>
    public static IReadOnlyList<string> Undeclared(IEnumerable<Endpoint> endpoints) =>
    [
        .. endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<GatewayEndpointMetadata>() is null
                ? endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null
                : endpoint.Metadata.GetMetadata<EndpointAccessMetadata>() is null)
            .Select(endpoint => $"{string.Join("|", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {endpoint.RoutePattern.RawText}"),
    ];
}
