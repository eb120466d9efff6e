using System.Data.Common;
using System.Text.Json;
using Master.DataHub.Commands;
using Master.Fleet.Commands;
using Master.Gateway.Access;
using Master.Gateway.Clusters;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Query;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Commands;

/// <summary><c>/api/v2/commands</c>: remote commands, submitted to many clusters at once and tracked to their end.</summary>
internal static class CommandEndpoints
{
    public static void MapCommandEndpoints(this IEndpointRouteBuilder api)
    {
        var read = api.MapGroup(string.Empty).WithTags("Commands").RequireRole(Role.Viewer);
        read.MapGet("/commands", ListAsync).WithName("ListCommands");
        read.MapGet("/commands/{id}", GetAsync).WithName("GetCommand");
        read.MapGet("/commands/{id}/logs", GetLogsAsync).WithName("GetCommandLogs");

        var run = api.MapGroup(string.Empty).WithTags("Commands").RequireRole(Role.Operator);
        run.MapPost("/commands", SubmitAsync).WithName("SubmitCommand").Accepts<JsonElement>("application/json");
        run.MapPost("/commands/{id}/cancel", CancelAsync).WithName("CancelCommand");
    }

    private static async Task<Results<Accepted<SubmittedCommands>, BadRequest<ErrorResponse>, UnprocessableEntity<ErrorResponse>, JsonHttpResult<ErrorResponse>>>
        SubmitAsync(HttpContext context, [FromServices] ICommandService commands, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var request = CommandRequestBody.Read(body, context.RequiredCaller(), out var singleCluster, out var invalid);
        if (request is null)
        {
            return TypedResults.UnprocessableEntity(invalid!);
        }

        CommandSubmission submission;
        try
        {
            submission = await commands.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            return TypedResults.Json(
                ErrorResponse.Of(ErrorCodes.Unavailable, "The command history is unreachable, so nothing was queued; retry later."),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (!submission.Accepted)
        {
            var fields = CommandRequestBody.AsSent(submission.Errors, singleCluster);
            return TypedResults.UnprocessableEntity(new ErrorResponse(new ErrorDetail(
                ErrorCodes.ValidationFailed,
                "The command is not valid: " + string.Join("; ", fields.Select(field => $"{field.Key}: {field.Value}")) + ".",
                fields)));
        }

        var items = submission.Commands.Select(c => new SubmittedCommand(c.Id, c.ClusterId, c.Status.ToWireName())).ToList();
        return TypedResults.Accepted(items.Count == 1 ? $"/api/v2/commands/{items[0].Id}" : "/api/v2/commands", new SubmittedCommands(items));
    }

    private static async Task<Results<Ok<ListResponse<CommandView>>, UnprocessableEntity<ErrorResponse>>> ListAsync(
        string? limit,
        string? cursor,
        string? cluster,
        string? status,
        string? action,
        string? source,
        string? since,
        string? until,
        [FromServices] IClusterReadService clusters,
        [FromServices] ICommandService commands,
        CancellationToken cancellationToken)
    {
        var error = CommandListParameters.TryParse(limit, cursor, status, action, source, since, until, out var query);
        if (error is not null)
        {
            return TypedResults.UnprocessableEntity(error);
        }

        // A forgotten cluster resolves to nothing, but its history stays in the table under its id.
        if (!string.IsNullOrEmpty(cluster))
        {
            query = query with { ClusterId = await clusters.ResolveClusterIdAsync(cluster, cancellationToken).ConfigureAwait(false) ?? cluster };
        }

        var page = await commands.ListAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<CommandView>(
            [.. page.Items.Select(command => CommandView.From(command, withOutput: false))],
            int.CreateSaturating(page.Total),
            page.Next?.Encode()));
    }

    private static async Task<Results<Ok<CommandView>, NotFound<ErrorResponse>>> GetAsync(
        string id, HttpContext context, [FromServices] ICommandService commands, CancellationToken cancellationToken)
    {
        // Secret outputs (get_secret) are for those who may run such commands, never for viewers (gateway-api.md roles).
        var reveal = context.RequiredCaller().Role >= Role.Operator;
        var command = await commands.GetAsync(id, reveal, cancellationToken).ConfigureAwait(false);
        return command is null ? NotFound(id) : TypedResults.Ok(CommandView.From(command));
    }

    private static async Task<Results<Ok<CommandLogs>, NotFound<ErrorResponse>>> GetLogsAsync(
        string id, [FromServices] ICommandService commands, CancellationToken cancellationToken)
    {
        var logs = await commands.ReadLogsAsync(id, cancellationToken).ConfigureAwait(false);
        return logs is null ? NotFound(id) : TypedResults.Ok(logs);
    }

    private static async Task<Results<Ok<CommandView>, NotFound<ErrorResponse>, Conflict<ErrorResponse>>> CancelAsync(
        string id, [FromServices] ICommandService commands, CancellationToken cancellationToken)
    {
        var cancellation = await commands.CancelAsync(id, cancellationToken).ConfigureAwait(false);
        return cancellation switch
        {
            { Outcome: CancelOutcome.Cancelled, Command: { } cancelled } => TypedResults.Ok(CommandView.From(cancelled)),
            { Outcome: CancelOutcome.NotPending, Command: { } command } => TypedResults.Conflict(ErrorResponse.Of(
                ErrorCodes.Conflict,
                $"Command '{id}' is {command.Status.ToWireName()}; only a pending command can be cancelled.")),
            _ => NotFound(id),
        };
    }

    private static NotFound<ErrorResponse> NotFound(string id) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no command '{id}'."));
}
