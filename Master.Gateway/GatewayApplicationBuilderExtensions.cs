using Master.Gateway.Audit;
using Master.Gateway.Errors;
using Master.Gateway.Metrics;

namespace Microsoft.AspNetCore.Builder;

/// <summary>The Gateway's middleware.</summary>
public static class GatewayApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the error envelope (every 4xx/5xx reply on every listener carries <c>{"error":{"code","message"}}</c>;
    /// unhandled exceptions become <c>500 internal_error</c>) and request metrics. Call it first, before routing.
    /// </summary>
    public static IApplicationBuilder UseMasterGateway(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseMiddleware<ErrorEnvelopeMiddleware>();
        app.UseMiddleware<RequestMetricsMiddleware>();
        app.UseAuthentication();
        // After authentication, to know the caller; before the limiter and authorisation, to record their refusals.
        app.UseMiddleware<AuditMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseWebSockets();
        return app;
    }
}
