using System.Globalization;
using System.Text.Json;
using Master.Database.Accounts;
using Master.Gateway.Access;
using Master.Gateway.Clusters;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Accounts;

/// <summary><c>/api/v2/users</c>: the administrators' user management.</summary>
internal static class UserEndpoints
{
    private const string CreateExample = "{\"username\": \"ana\", \"password\": \"at least 12 characters\", \"role\": \"viewer\"}";

    public static void MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup(string.Empty).WithTags("Users").RequireRole(Role.Admin);
        users.MapGet("/users", ListAsync).WithName("ListUsers");
        users.MapPost("/users", CreateAsync).WithName("CreateUser").Accepts<JsonElement>("application/json");
        users.MapGet("/users/{id}", GetAsync).WithName("GetUser");
        users.MapPatch("/users/{id}", UpdateAsync).WithName("UpdateUser").Accepts<JsonElement>("application/json");
        users.MapDelete("/users/{id}", DeleteAsync).WithName("DeleteUser");
    }

    private static async Task<Ok<ListResponse<UserView>>> ListAsync([FromServices] IUserRepository users, CancellationToken cancellationToken)
    {
        var all = await users.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<UserView>([.. all.Select(UserView.From)], all.Count, null));
    }

    private static async Task<Results<Created<UserView>, BadRequest<ErrorResponse>, Conflict<ErrorResponse>, UnprocessableEntity<ErrorResponse>>> CreateAsync(
        HttpRequest request, [FromServices] IUserAdministration administration, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, CreateExample, out var invalid);
        if (fields is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        var username = UserFields.Username(fields);
        var password = UserFields.Password(fields, required: true);
        var role = UserFields.Role(fields, required: true);
        var displayName = UserFields.DisplayName(fields) ?? string.Empty;
        var email = UserFields.Email(fields) ?? string.Empty;
        if (fields.Finish("user") is { } problems)
        {
            return TypedResults.UnprocessableEntity(problems);
        }

        var created = await administration.CreateAsync(new NewUser(username!, password!, displayName, email, role!.Value), cancellationToken)
            .ConfigureAwait(false);
        return created is null
            ? TypedResults.Conflict(ErrorResponse.Of(ErrorCodes.Conflict, $"There is already a user '{username}'."))
            : TypedResults.Created($"/api/v2/users/{created.Id}", UserView.From(created));
    }

    private static async Task<Results<Ok<UserView>, NotFound<ErrorResponse>>> GetAsync(
        string id, [FromServices] IUserRepository users, CancellationToken cancellationToken)
    {
        var user = ParseId(id) is { } userId ? await users.GetAsync(userId, cancellationToken).ConfigureAwait(false) : null;
        return user is null ? UserNotFound(id) : TypedResults.Ok(UserView.From(user));
    }

    private static async Task<Results<Ok<UserView>, BadRequest<ErrorResponse>, NotFound<ErrorResponse>, Conflict<ErrorResponse>,
        UnprocessableEntity<ErrorResponse>>> UpdateAsync(
        string id, HttpRequest request, [FromServices] IUserAdministration administration, CancellationToken cancellationToken)
    {
        if (ParseId(id) is not { } userId)
        {
            return UserNotFound(id);
        }

        var (body, malformed) = await JsonBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, "{\"role\": \"operator\", \"status\": \"disabled\"}", out var invalid);
        if (fields is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        var role = UserFields.Role(fields, required: false);
        var status = fields.Choice("status", [UserStatus.Active, UserStatus.Disabled]);

        var update = new UserUpdate(
            role, status is null ? null : status == UserStatus.Active, UserFields.DisplayName(fields), UserFields.Email(fields),
            UserFields.Password(fields, required: false));
        if (fields.Finish("user change") is { } problems)
        {
            return TypedResults.UnprocessableEntity(problems);
        }

        var (result, user) = await administration.UpdateAsync(userId, update, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            UserWriteResult.LastAdmin => LastAdmin(),
            UserWriteResult.Done when user is not null => TypedResults.Ok(UserView.From(user)),
            _ => UserNotFound(id),
        };
    }

    private static async Task<Results<NoContent, NotFound<ErrorResponse>, Conflict<ErrorResponse>>> DeleteAsync(
        string id, HttpContext context, [FromServices] IUserAdministration administration, CancellationToken cancellationToken)
    {
        if (ParseId(id) is not { } userId)
        {
            return UserNotFound(id);
        }

        return await administration.DeleteAsync(userId, context.RequiredCaller(), cancellationToken).ConfigureAwait(false) switch
        {
            UserDeletion.Deleted => TypedResults.NoContent(),
            UserDeletion.Yourself => TypedResults.Conflict(ErrorResponse.Of(ErrorCodes.Conflict, "You cannot delete your own account.")),
            UserDeletion.LastAdmin => LastAdmin(),
            _ => UserNotFound(id),
        };
    }

    private static long? ParseId(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Conflict<ErrorResponse> LastAdmin() => TypedResults.Conflict(ErrorResponse.Of(ErrorCodes.Conflict,
        "This would leave Master without an active administrator; make another user an active admin first."));

    private static NotFound<ErrorResponse> UserNotFound(string id) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no user '{id}'."));
}
