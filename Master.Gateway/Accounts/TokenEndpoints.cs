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

/// <summary><c>/api/v2/tokens</c>: a user's API keys for scripts and CI.</summary>
internal static class TokenEndpoints
{
    public const int MaxNameLength = 100;

    public static void MapTokenEndpoints(this IEndpointRouteBuilder api)
    {
        var tokens = api.MapGroup(string.Empty).WithTags("Tokens").RequireRole(Role.Viewer);
        tokens.MapGet("/tokens", ListAsync).WithName("ListApiKeys");
        tokens.MapPost("/tokens", CreateAsync).WithName("CreateApiKey").Accepts<JsonElement>("application/json");
        tokens.MapDelete("/tokens/{id}", RevokeAsync).WithName("RevokeApiKey");
    }

    private static async Task<Ok<ListResponse<ApiKeyView>>> ListAsync(HttpContext context, [FromServices] IApiKeys keys, CancellationToken cancellationToken)
    {
        var mine = await keys.ListAsync(context.RequiredCaller(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<ApiKeyView>([.. mine.Select(ApiKeyView.From)], mine.Count, null));
    }

    private static async Task<Results<Created<CreatedApiKey>, BadRequest<ErrorResponse>, UnprocessableEntity<ErrorResponse>>> CreateAsync(
        HttpContext context, [FromServices] IApiKeys keys, [FromServices] TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, "{\"name\": \"ci-deploy\", \"expiresAt\": \"2027-01-01T00:00:00Z\"}", out var invalid);
        if (fields is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        var name = fields.Text("name", MaxNameLength, required: true);
        var expiresAt = fields.Time("expiresAt");
        if (expiresAt <= timeProvider.GetUtcNow())
        {
            fields.Problem("expiresAt", "expected a time in the future");
        }

        if (fields.Finish("API key") is { } problems)
        {
            return TypedResults.UnprocessableEntity(problems);
        }

        var (key, token) = await keys.CreateAsync(context.RequiredCaller(), name!, expiresAt, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created(
            $"/api/v2/tokens/{key.Id}", new CreatedApiKey(key.Id, key.Name, token, key.ExpiresAt, key.CreatedAt));
    }

    private static async Task<Results<NoContent, NotFound<ErrorResponse>>> RevokeAsync(
        string id, HttpContext context, [FromServices] IApiKeys keys, CancellationToken cancellationToken)
    {
        var revoked = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var keyId)
            && await keys.RevokeAsync(context.RequiredCaller(), keyId, cancellationToken).ConfigureAwait(false);
        return revoked
            ? TypedResults.NoContent()
            : TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"You have no API key '{id}'."));
    }
}

/// <summary>An API key as listed: never the token, which is shown once, at creation.</summary>
internal sealed record ApiKeyView(long Id, string Name, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset CreatedAt)
{
    public static ApiKeyView From(TokenRecord key) => new(key.Id, key.Name, key.ExpiresAt, key.LastUsedAt, key.CreatedAt);
}

/// <summary>A key just created, with its token: the only time it is shown.</summary>
internal sealed record CreatedApiKey(long Id, string Name, string Token, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt);
