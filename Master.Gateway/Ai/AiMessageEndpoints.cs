using System.Data.Common;
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

/// <summary><c>/api/v2/ai/sessions/{id}/messages</c>: a session's messages, numbered from 1 in the order they were added.</summary>
internal static class AiMessageEndpoints
{
    /// <summary>Who may speak in a conversation, as the model APIs name them.</summary>
    public static readonly IReadOnlyList<string> Roles = ["user", "assistant", "system", "tool"];

    private const string AppendExample = "{\"role\": \"user\", \"content\": \"Which pods restarted today?\"}";

    public static void MapAiMessageEndpoints(this IEndpointRouteBuilder api)
    {
        var messages = api.MapGroup(string.Empty).WithTags("AI").RequireRole(Role.Viewer);
        messages.MapGet("/ai/sessions/{id}/messages", ListAsync).WithName("ListAiMessages");
        messages.MapPost("/ai/sessions/{id}/messages", AppendAsync).WithName("AppendAiMessage").Accepts<JsonElement>("application/json");
    }

    private static async Task<Results<Ok<ListResponse<AiMessageView>>, NotFound<ErrorResponse>>> ListAsync(
        string id, HttpContext context, [FromServices] IAiSessionRepository sessions, CancellationToken cancellationToken)
    {
        if (await AiSessionAccess.FindAsync(sessions, id, context.RequiredCaller(), cancellationToken).ConfigureAwait(false) is null)
        {
            return AiSessionAccess.NotFound(id);
        }

        var messages = await sessions.ListMessagesAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<AiMessageView>([.. messages.Select(AiMessageView.From)], messages.Count, null));
    }

    private static async Task<Results<Created<AiMessageView>, BadRequest<ErrorResponse>, NotFound<ErrorResponse>,
        UnprocessableEntity<ErrorResponse>>> AppendAsync(
        string id, HttpContext context, [FromServices] IAiSessionRepository sessions, CancellationToken cancellationToken)
    {
        if (await AiSessionAccess.FindAsync(sessions, id, context.RequiredCaller(), cancellationToken).ConfigureAwait(false) is null)
        {
            return AiSessionAccess.NotFound(id);
        }

        var (body, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, AppendExample, out var invalid);
        if (fields is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        var role = fields.Choice("role", Roles, required: true);
        var content = AiFields.LongText(fields, "content", required: true);
        if (fields.Finish("message") is { } problems)
        {
            return TypedResults.UnprocessableEntity(problems);
        }

        try
        {
            var message = await sessions.AppendMessageAsync(id, role!, content!, cancellationToken).ConfigureAwait(false);
            return TypedResults.Created((string?)null, AiMessageView.From(message));
        }
        catch (DbException)
        {
            // The repository's answer when the session is gone, deleted after the check above; any other failure stands.
            if (await sessions.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw;
            }

            return AiSessionAccess.NotFound(id);
        }
    }
}
