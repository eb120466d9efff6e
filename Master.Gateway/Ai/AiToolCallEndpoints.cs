using System.Data.Common;
using System.Globalization;
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
/// <c>/api/v2/ai/sessions/{id}/tool-calls</c>: the tools the assistant called in a session. A client records a call
/// when it starts (status <c>running</c>) and, through <c>.../tool-calls/{callId}/finish</c>, how it ended; or records
/// it once, already finished. (The finish route extends gateway-api.md.)
/// </summary>
internal static class AiToolCallEndpoints
{
    public const string Running = "running";

    /// <summary>The statuses a call can end in.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["succeeded", "failed"];

    private static readonly IReadOnlyList<string> Statuses = [Running, .. Outcomes];

    private const string RecordExample = "{\"toolCallId\": \"call_1\", \"toolName\": \"query\", \"arguments\": {\"q\": \"pods\"}}";
    private const string FinishExample = "{\"status\": \"succeeded\", \"result\": \"3 pods\", \"durationMs\": 120}";

    public static void MapAiToolCallEndpoints(this IEndpointRouteBuilder api)
    {
        var calls = api.MapGroup(string.Empty).WithTags("AI").RequireRole(Role.Viewer);
        calls.MapGet("/ai/sessions/{id}/tool-calls", ListAsync).WithName("ListAiToolCalls");
        calls.MapPost("/ai/sessions/{id}/tool-calls", RecordAsync).WithName("RecordAiToolCall").Accepts<JsonElement>("application/json");
        calls.MapPost("/ai/sessions/{id}/tool-calls/{callId}/finish", FinishAsync).WithName("FinishAiToolCall")
            .Accepts<JsonElement>("application/json");
    }

    private static async Task<Results<Ok<ListResponse<AiToolCallView>>, NotFound<ErrorResponse>>> ListAsync(
        string id, HttpContext context, [FromServices] IAiSessionRepository sessions, [FromServices] IAiToolCallRepository calls,
        CancellationToken cancellationToken)
    {
        if (await AiSessionAccess.FindAsync(sessions, id, context.RequiredCaller(), cancellationToken).ConfigureAwait(false) is null)
        {
            return AiSessionAccess.NotFound(id);
        }

        var recorded = await calls.ListAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<AiToolCallView>([.. recorded.Select(AiToolCallView.From)], recorded.Count, null));
    }

    private static async Task<Results<Created<AiToolCallView>, BadRequest<ErrorResponse>, NotFound<ErrorResponse>,
        UnprocessableEntity<ErrorResponse>>> RecordAsync(
        string id, HttpContext context, [FromServices] IAiSessionRepository sessions, [FromServices] IAiToolCallRepository calls,
        [FromServices] TimeProvider timeProvider, CancellationToken cancellationToken)
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

        var (call, invalid) = await ReadCallAsync(body, id, sessions, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (call is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        try
        {
            call = call with { Id = await calls.AppendAsync(call, cancellationToken).ConfigureAwait(false) };
            return TypedResults.Created((string?)null, AiToolCallView.From(call));
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

    private static async Task<Results<Ok<AiToolCallView>, BadRequest<ErrorResponse>, NotFound<ErrorResponse>, Conflict<ErrorResponse>,
        UnprocessableEntity<ErrorResponse>>> FinishAsync(
        string id, string callId, HttpContext context, [FromServices] IAiSessionRepository sessions,
        [FromServices] IAiToolCallRepository calls, [FromServices] TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (await AiSessionAccess.FindAsync(sessions, id, context.RequiredCaller(), cancellationToken).ConfigureAwait(false) is null)
        {
            return AiSessionAccess.NotFound(id);
        }

        // The repository finishes a call by its id alone, so the call is first found among this session's.
        var call = long.TryParse(callId, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)
            ? (await calls.ListAsync(id, cancellationToken).ConfigureAwait(false)).SingleOrDefault(c => c.Id == rowId)
            : null;
        if (call is null)
        {
            return CallNotFound(id, callId);
        }

        var (body, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var (finished, invalid) = ReadOutcome(body, call, timeProvider.GetUtcNow());
        if (finished is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        // An outcome once recorded is not rewritten: a late or repeated finish must not replace what happened.
        if (call.Status != Running)
        {
            return TypedResults.Conflict(
                ErrorResponse.Of(ErrorCodes.Conflict, $"Tool call {call.Id} has already finished as {call.Status}."));
        }

        var updated = await calls.FinishAsync(
            call.Id, finished.Status, finished.Result, finished.DurationMs, finished.FinishedAt!.Value, cancellationToken)
            .ConfigureAwait(false);
        return updated ? TypedResults.Ok(AiToolCallView.From(finished)) : CallNotFound(id, callId);
    }

    /// <summary>The call a record body describes, started (or finished) <paramref name="now"/>, or the 422 naming every problem.</summary>
    private static async Task<(AiToolCallRecord? Call, ErrorResponse? Problems)> ReadCallAsync(
        JsonElement body, string sessionId, IAiSessionRepository sessions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fields = JsonFields.Of(body, RecordExample, out var invalid);
        if (fields is null)
        {
            return (null, invalid);
        }

        var toolCallId = fields.Text("toolCallId", AiSessionEndpoints.MaxNameLength, required: true);
        var toolName = fields.Text("toolName", AiSessionEndpoints.MaxNameLength, required: true);
        var arguments = AiFields.Json(fields, "arguments");
        var messageId = AiFields.Integer(fields, "messageId", minimum: 1);
        var status = fields.Choice("status", Statuses) ?? Running;
        var result = AiFields.LongText(fields, "result");
        var durationMs = AiFields.Integer(fields, "durationMs", minimum: 0);
        if (messageId is { } asked && !await IsMessageOfAsync(sessions, sessionId, asked, cancellationToken).ConfigureAwait(false))
        {
            fields.Problem("messageId", $"expected the id of a message of AI session '{sessionId}'");
        }

        if (fields.Finish("tool call") is { } problems)
        {
            return (null, problems);
        }

        var finishedAt = status == Running ? (DateTimeOffset?)null : now;
        var call = new AiToolCallRecord(
            0, sessionId, messageId, toolCallId!, toolName!, arguments, result, status, durationMs, now, finishedAt);
        return (call, null);
    }

    /// <summary>
    /// <paramref name="call"/> as a finish body says it ended <paramref name="now"/>, or the 422 naming every problem. Members
    /// left out keep what the start recorded.
    /// </summary>
    private static (AiToolCallRecord? Finished, ErrorResponse? Problems) ReadOutcome(
        JsonElement body, AiToolCallRecord call, DateTimeOffset now)
    {
        var fields = JsonFields.Of(body, FinishExample, out var invalid);
        if (fields is null)
        {
            return (null, invalid);
        }

        var status = fields.Choice("status", Outcomes, required: true);
        var result = AiFields.LongText(fields, "result");
        var durationMs = AiFields.Integer(fields, "durationMs", minimum: 0);
        if (fields.Finish("tool call outcome") is { } problems)
        {
            return (null, problems);
        }

        var finished = call with
        {
            Status = status!,
            Result = result ?? call.Result,
            DurationMs = durationMs ?? call.DurationMs,
            FinishedAt = now,
        };
        return (finished, null);
    }

    private static async Task<bool> IsMessageOfAsync(
        IAiSessionRepository sessions, string sessionId, long messageId, CancellationToken cancellationToken) =>
        (await sessions.ListMessagesAsync(sessionId, cancellationToken).ConfigureAwait(false)).Any(message => message.Id == messageId);

    private static NotFound<ErrorResponse> CallNotFound(string id, string callId) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no tool call '{callId}' in AI session '{id}'."));
}
