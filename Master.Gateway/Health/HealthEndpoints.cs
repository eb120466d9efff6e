using Master.Database;
using Master.DataHub;
using Master.Gateway.Access;
using Master.Gateway.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Gateway.Health;

/// <summary><c>/healthz</c> (the process runs) and <c>/readyz</c> (its dependencies answer and it is not shutting down).</summary>
internal static class HealthEndpoints
{
    private const string Ok = "ok";
    private const string DataHubCheck = "datahub";
    private const string DatabaseCheck = "database";
    private const string HostCheck = "host";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var health = routes.MapGroup(string.Empty).WithTags("Operations").AllowAnyone();
        health.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse(Ok))).WithName("GetHealth");
        health.MapGet("/readyz", GetReadinessAsync).WithName("GetReadiness");
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<ErrorResponse>>> GetReadinessAsync(
        IDataHub hub,
        [FromServices] IEnumerable<IDatabaseProbe> databases,
        GatewayReadiness readiness,
        IOptions<GatewayOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var timeout = options.Value.ReadinessTimeout;
        var checks = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [DataHubCheck] = await CheckAsync(HubProblem(hub), timeout, cancellationToken).ConfigureAwait(false) ?? Ok,
        };

        // A gateway composed without the relational store (tests of the live side alone) has nothing to check there.
        foreach (var database in databases)
        {
            checks[DatabaseCheck] = await CheckAsync(PingProblem(database), timeout, cancellationToken).ConfigureAwait(false) ?? Ok;
        }

        // Once stopping has begun the hub releases held polls and stops (the memory hub still answers its health check
        // then), so a load balancer must take this instance out of rotation before the listeners close.
        if (readiness.IsStopping)
        {
            checks[HostCheck] = "stopping";
        }

        var failed = checks.Where(check => check.Value != Ok).ToList();
        if (failed.Count == 0)
        {
            return TypedResults.Ok(new HealthResponse(Ok, checks));
        }

        var logger = loggerFactory.CreateLogger(typeof(HealthEndpoints));
        foreach (var (check, detail) in failed)
        {
            logger.ReadinessCheckFailed(check, detail);
        }

        var message = "Not ready: " + string.Join("; ", failed.Select(check => $"{check.Key}: {check.Value}")) + ".";
        return TypedResults.Json(
            new ErrorResponse(new ErrorDetail(ErrorCodes.Unavailable, message, Checks: checks)),
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static Func<CancellationToken, Task<string?>> HubProblem(IDataHub hub) => async token =>
    {
        var health = await hub.CheckHealthAsync(token).ConfigureAwait(false);
        return health.Healthy ? null : health.Detail ?? $"the {health.Backend} hub is unhealthy";
    };

    private static Func<CancellationToken, Task<string?>> PingProblem(IDatabaseProbe database) => async token =>
    {
        await database.PingAsync(token).ConfigureAwait(false);
        return null;
    };

    /// <summary>Returns null when the dependency answered healthy in time, otherwise why not.</summary>
    private static async Task<string?> CheckAsync(
        Func<CancellationToken, Task<string?>> problem, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // WaitAsync: a dependency that ignores the token must not hold the probe past the timeout either.
            return await problem(timeoutSource.Token).WaitAsync(timeoutSource.Token).ConfigureAwait(false);
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
