using System.Text.Json;
using Master.Database.Ai;
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

namespace Master.Gateway.Ai;

/// <summary>
/// <c>/api/v2/ai/sessions</c>: the log of conversations with the AI assistant, kept for the clients that talk to a
/// model; Master itself calls none. Each user lists and reaches their own sessions; an admin reaches anyone's by id.
/// </summary>
internal static class AiSessionEndpoints
{
    public const int MaxTitleLength = 200;

    // The columns are VARCHAR(255) on every engine.
    public const int MaxNameLength = 255;

    private const string CreateExample = "{\"title\": \"Why is checkout slow?\", \"clusterId\": \"prod-eu\", \"model\": \"gpt-4o\"}";

    public static void MapAiSessionEndpoints(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup(string.Empty).WithTags("AI").RequireRole(Role.Viewer);
        sessions.MapGet("/ai/sessions", ListAsync).WithName("ListAiSessions");
        sessions.MapPost("/ai/sessions", CreateAsync).WithName("CreateAiSession").Accepts<JsonElement>("application/json");
        sessions.MapGet("/ai/sessions/{id}", GetAsync).WithName("GetAiSession");
        sessions.MapDelete("/ai/sessions/{id}", DeleteAsync).WithName("DeleteAiSession");
    }

    private static async Task<Ok<ListResponse<AiSessionView>>> ListAsync(
        HttpContext context, [FromServices] IAiSessionRepository sessions, CancellationToken cancellationToken)
    {
        var mine = await sessions.ListForUserAsync(context.RequiredCaller().UserId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<AiSessionView>([.. mine.Select(AiSessionView.From)], mine.Count, null));
    }

    private static async Task<Results<Created<AiSessionView>, BadRequest<ErrorResponse>, NotFound<ErrorResponse>,
        UnprocessableEntity<ErrorResponse>>> CreateAsync(
        HttpContext context, [FromServices] IAiSessionRepository sessions, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, CreateExample, out var invalid);
        if (fields is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        var title = fields.Text("title", MaxTitleLength, allowEmpty: true) ?? string.Empty;
        var clusterId = fields.Text("clusterId", MaxNameLength);
        var model = fields.Text("model", MaxNameLength);
        if (fields.Finish("AI session") is { } problems)
        {
            return TypedResults.UnprocessableEntity(problems);
        }

        var session = new AiSessionRecord(NewId(), context.RequiredCaller().UserId, clusterId, title, model);

        // A random Guid is taken only by astronomical bad luck; drawing again is cheaper than reasoning about it.
        while (!await sessions.CreateAsync(session, cancellationToken).ConfigureAwait(false))
        {
            session = session with { Id = NewId() };
        }

        // Read back for the times the repository set; null only if the session was deleted in between.
        var created = await sessions.GetAsync(session.Id, cancellationToken).ConfigureAwait(false);
        return created is null
            ? AiSessionAccess.NotFound(session.Id)
            : TypedResults.Created($"/api/v2/ai/sessions/{created.Id}", AiSessionView.From(created));
    }

    private static async Task<Results<Ok<AiSessionView>, NotFound<ErrorResponse>>> GetAsync(
        string id, HttpContext context, [FromServices] IAiSessionRepository sessions, CancellationToken cancellationToken)
    {
        var session = await AiSessionAccess.FindAsync(sessions, id, context.RequiredCaller(), cancellationToken).ConfigureAwait(false);
        return session is null ? AiSessionAccess.NotFound(id) : TypedResults.Ok(AiSessionView.From(session));
    }

    private static async Task<Results<NoContent, NotFound<ErrorResponse>>> DeleteAsync(
        string id, HttpContext context, [FromServices] IAiSessionRepository sessions, CancellationToken cancellationToken)
    {
        // The database cascades the delete to the session's messages and tool calls.
        var session = await AiSessionAccess.FindAsync(sessions, id, context.RequiredCaller(), cancellationToken).ConfigureAwait(false);
        var deleted = session is not null && await sessions.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        return deleted ? TypedResults.NoContent() : AiSessionAccess.NotFound(id);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
