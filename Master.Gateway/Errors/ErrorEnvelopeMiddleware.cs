using Master.DataHub;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Master.Gateway.Errors;

/// <summary>
/// Makes every 4xx/5xx reply carry the error envelope: a bare status (unknown route, wrong method, a binding failure)
/// gets a body, an unreachable DataHub (Redis down) becomes <c>503 unavailable</c>, and any other unhandled exception
/// <c>500 internal_error</c>, without a stack trace.
/// </summary>
internal sealed class ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return;
        }
        catch (DataHubUnavailableException exception) when (!context.Response.HasStarted)
        {
            logger.DataHubUnavailable(context.Request.Method, context.Request.Path, exception.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = DataHubUnavailableException.RetryAfterSeconds;
            await context.Response.WriteAsJsonAsync(
                ErrorResponse.Of(ErrorCodes.Unavailable, "Live state (the DataHub) is unreachable, so nothing was done; retry later."),
                context.RequestAborted).ConfigureAwait(false);
            return;
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            logger.UnhandledException(exception, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, StatusCodes.Status500InternalServerError).ConfigureAwait(false);
            return;
        }
        catch (Exception exception)
        {
            // Part of the body is out; the only honest signal left is to abort the connection.
            logger.ResponseFailedAfterStart(exception, context.Request.Method, context.Request.Path);
            context.Abort();
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await WriteAsync(context, response.StatusCode).ConfigureAwait(false);
        }
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        var (code, message) = ErrorCodes.ForStatus(status);
        context.Response.StatusCode = status;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.WriteAsJsonAsync(ErrorResponse.Of(code, Describe(context, status) ?? message), context.RequestAborted);
    }

    /// <summary>Says where the request went wrong when the bare status alone would not.</summary>
    private static string? Describe(HttpContext context, int status)
    {
        var request = context.Request;
        var target = $"{request.Method} {request.PathBase}{request.Path}";
        return status switch
        {
            StatusCodes.Status404NotFound when context.GetEndpoint() is null => $"No route matches {target}.",
            StatusCodes.Status405MethodNotAllowed => context.Response.Headers.Allow.ToString() is { Length: > 0 } allow
                ? $"{target}: the method is not allowed here; allowed: {allow}."
                : $"{target}: the method is not allowed here.",
            _ => null,
        };
    }
}
