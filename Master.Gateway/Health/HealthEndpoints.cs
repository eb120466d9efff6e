using Master.DataHub;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Gateway.Health;

/// <summary><c>/healthz</c> (the process runs) and <c>/readyz</c> (its dependencies answer).</summary>
internal static class HealthEndpoints
{
    private const string Ok = "ok";
    private const string Unavailable = "unavailable";
    private const string DataHubCheck = "datahub";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var health = routes.MapGroup(string.Empty).WithTags("Operations");
        health.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse(Ok))).WithName("GetHealth");
        health.MapGet("/readyz", GetReadinessAsync).WithName("GetReadiness");
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> GetReadinessAsync(
        IDataHub hub, IOptions<GatewayOptions> options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var dataHub = await CheckDataHubAsync(hub, options.Value.ReadinessTimeout, cancellationToken).ConfigureAwait(false);
        var checks = new Dictionary<string, string> { [DataHubCheck] = dataHub ?? Ok };
        if (dataHub is null)
        {
            return TypedResults.Ok(new HealthResponse(Ok, checks));
        }

        loggerFactory.CreateLogger(typeof(HealthEndpoints)).ReadinessCheckFailed(DataHubCheck, dataHub);
        return TypedResults.Json(new HealthResponse(Unavailable, checks), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Returns null when the hub answered healthy in time, otherwise why not.</summary>
    private static async Task<string?> CheckDataHubAsync(IDataHub hub, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            var health = await hub.CheckHealthAsync(timeoutSource.Token).ConfigureAwait(false);
            return health.Healthy ? null : health.Detail ?? $"the {health.Backend} hub is unhealthy";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {timeout.TotalMilliseconds:0} ms";
        }
#pragma warning disable CA1031 // A readiness probe reports any failure of the dependency rather than failing itself.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception.Message;
        }
    }
}
