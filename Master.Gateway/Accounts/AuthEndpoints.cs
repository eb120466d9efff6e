using System.Text.Json;
using Master.Gateway.Access;
using Master.Gateway.Audit;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Security.Accounts;
using Master.Security.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Accounts;

/// <summary><c>/api/v2/auth</c>: log in for a session token, log out, and who am I.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup(string.Empty).WithTags("Auth");
        auth.MapPost("/auth/login", LoginAsync).WithName("Login").Accepts<JsonElement>("application/json")
            .AllowAnyone().RequireRateLimiting(RateLimits.LoginPolicy);
        auth.MapPost("/auth/logout", LogoutAsync).WithName("Logout").RequireRole(Role.Viewer);
        auth.MapGet("/auth/me", MeAsync).WithName("GetCurrentUser").RequireRole(Role.Viewer);
    }

    private static async Task<Results<Ok<LoginResponse>, BadRequest<ErrorResponse>, UnprocessableEntity<ErrorResponse>,
        JsonHttpResult<ErrorResponse>, EmptyHttpResult>> LoginAsync(
        HttpContext context, [FromServices] IAuthenticator authenticator, [FromServices] LoginThrottle throttle,
        [FromServices] ISecurityEventLog securityEvents, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, "{\"username\": \"admin\", \"password\": \"...\"}", out var invalid);
        var username = fields?.Text("username", 64, required: true);
        var password = fields?.Text("password", 4096, required: true, allowEmpty: true);
        if ((invalid ?? fields!.Finish("login")) is { } problems)
        {
            return TypedResults.UnprocessableEntity(problems);
        }

        AuditActor.Set(context, username!, null);
        using var lease = throttle.Attempt(username!);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            await RateLimits.RejectAsync(context, retryAfter, username, cancellationToken).ConfigureAwait(false);
            return TypedResults.Empty;
        }

        var result = await authenticator.LoginAsync(username!, password!, cancellationToken).ConfigureAwait(false);
        var address = RateLimits.AddressOf(context);
        switch (result.Outcome)
        {
            case LoginOutcome.Succeeded:
                var session = result.Session!;
                AuditActor.Set(context, session.User.Username, session.User.Id);
                return TypedResults.Ok(new LoginResponse(session.Token, session.ExpiresAt, LoginUser.From(session)));
            case LoginOutcome.Disabled:
                await securityEvents.RecordAsync(SecurityEventKinds.LoginDisabledUser, SecuritySeverities.Warning, username, address, null, cancellationToken)
                    .ConfigureAwait(false);
                return TypedResults.Json(
                    ErrorResponse.Of(ErrorCodes.AccountDisabled, "This account is disabled; ask an administrator to enable it."),
                    statusCode: StatusCodes.Status401Unauthorized);
            default:
                await securityEvents.RecordAsync(SecurityEventKinds.LoginFailed, SecuritySeverities.Info, username, address, null, cancellationToken)
                    .ConfigureAwait(false);
                return TypedResults.Json(
                    ErrorResponse.Of(ErrorCodes.InvalidCredentials, "The username or the password is wrong."),
                    statusCode: StatusCodes.Status401Unauthorized);
        }
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, [FromServices] IAuthenticator authenticator, CancellationToken cancellationToken)
    {
        await authenticator.LogoutAsync(context.RequiredCaller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UserView>, NotFound<ErrorResponse>>> MeAsync(
        HttpContext context, [FromServices] Master.Database.Accounts.IUserRepository users, CancellationToken cancellationToken)
    {
        var caller = context.RequiredCaller();
        var user = await users.GetAsync(caller.UserId, cancellationToken).ConfigureAwait(false);
        return user is null
            ? TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, "Your user no longer exists."))
            : TypedResults.Ok(UserView.From(user));
    }
}

/// <summary>The reply to a login.</summary>
internal sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt, LoginUser User);

/// <summary>The user a login opened a session for.</summary>
internal sealed record LoginUser(long Id, string Username, string DisplayName, string Email, string Role)
{
    public static LoginUser From(IssuedSession session) =>
        new(session.User.Id, session.User.Username, session.User.DisplayName, session.User.Email, session.Role.ToName());
}
