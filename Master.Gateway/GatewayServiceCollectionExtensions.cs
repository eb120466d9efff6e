using Master.Gateway;
using Master.Gateway.Access;
using Master.Gateway.Health;
using Master.Gateway.Json;
using Master.Gateway.Live;
using Master.Gateway.Metrics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the web API's services; the routes come from <c>MapMasterGateway</c>.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GatewayOptions"/> (validated at start-up), the JSON conventions of the API (camelCase, times
    /// in UTC), the OpenAPI document of the gateway routes, the <c>/metrics</c> exporter and the readiness state
    /// that turns <c>/readyz</c> to 503 when the host begins to stop. Needs <c>AddMasterQuery()</c> and a DataHub; the
    /// event and cluster-registry routes also need <c>AddMasterDatabase()</c> and <c>AddMasterFleet()</c>, and
    /// <c>/readyz</c> checks the relational store when it is registered.
    /// </summary>
    public static IServiceCollection AddMasterGateway(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptionsWithValidateOnStart<GatewayOptions, GatewayOptionsValidator>().BindConfiguration(GatewayOptions.SectionName);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));
        services.AddOpenApi(options => options.ShouldInclude = description =>
            description.ActionDescriptor.EndpointMetadata.OfType<GatewayEndpointMetadata>().Any());
        services.AddMetrics();
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton<MasterMeterListener>();
        services.TryAddSingleton<GatewayReadiness>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GatewayReadiness>(
            provider => provider.GetRequiredService<GatewayReadiness>()));
        AddAccess(services);
        services.AddLiveUpdates();
        return services;
    }

    /// <summary>Bearer authentication, one policy per role, the 401/403 envelope, the rate limits and the route guard.</summary>
    private static void AddAccess(IServiceCollection services)
    {
        services.AddAuthentication(CallerPrincipal.Scheme)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(CallerPrincipal.Scheme, configureOptions: null);
        services.AddAuthorization(RolePolicies.AddTo);
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResponder>());

        // The handler's base class logs every refused token at Information; the security events already record them.
        services.AddLogging(logging => logging.AddFilter(typeof(BearerAuthenticationHandler).FullName, LogLevel.Warning));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayOptions>>((limiter, gateway) => RateLimits.Configure(limiter, gateway.Value));
        services.TryAddSingleton<LoginThrottle>();
        services.AddHostedService<EndpointAccessGuard>();
    }
}
