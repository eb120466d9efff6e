using System.Text.Json;
using Master.Gateway.Errors;
using Master.Security.Accounts;
using Master.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Master.Gateway.Access;

/// <summary>
/// Answers a refused request with the error envelope: <c>401 unauthenticated</c> saying what was wrong with the token,
/// or <c>403 forbidden</c> naming the role needed. A bad token and a denial are security events; the audit middleware
/// records both requests.
/// </summary>
internal sealed class AccessDeniedResponder(ISecurityEventLog securityEvents) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var required = context.GetEndpoint()?.Metadata.GetMetadata<EndpointAccessMetadata>()?.Role ?? Role.Admin;
        var caller = context.User.ToCaller();
        if (caller is not null)
        {
            var message = $"This needs the {required.ToName()} role; you are {caller.Role.ToName()}.";
            await RecordAsync(context, SecurityEventKinds.PermissionDenied, SecuritySeverities.Warning, caller.Username,
                new { method = context.Request.Method, path = context.Request.Path.Value, required = required.ToName(), role = caller.Role.ToName() })
                .ConfigureAwait(false);
            await WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, message).ConfigureAwait(false);
            return;
        }

        var outcome = AccessFailure.Get(context);
        var (kind, text) = outcome switch
        {
            null => (null, "Sign in first: send 'Authorization: Bearer <token>'; POST /api/v2/auth/login gives a session token."),
            TokenOutcome.Expired => (SecurityEventKinds.ExpiredToken, "The bearer token has expired; sign in again."),
            TokenOutcome.UserDisabled => (SecurityEventKinds.InvalidToken, "The bearer token belongs to a disabled account."),
            TokenOutcome.Malformed => (SecurityEventKinds.InvalidToken, "The bearer token is malformed: it is not a token Master issued."),
            _ => (SecurityEventKinds.InvalidToken, "The bearer token is not valid: it was never issued or has been revoked."),
        };
        if (kind is not null)
        {
            await RecordAsync(context, kind, SecuritySeverities.Warning, null,
                new { method = context.Request.Method, path = context.Request.Path.Value, reason = outcome.ToString() }).ConfigureAwait(false);
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        }
        else
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        }

        await WriteAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, text).ConfigureAwait(false);
    }

    private ValueTask RecordAsync(HttpContext context, string kind, string severity, string? username, object detail) =>
        securityEvents.RecordAsync(
            kind, severity, username, context.Connection.RemoteIpAddress?.ToString(), JsonSerializer.Serialize(detail), context.RequestAborted);

    private static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(ErrorResponse.Of(code, message), context.RequestAborted);
    }
}
