using System.Text.Json;
using Master.Gateway.Access;
using Master.Gateway.Audit;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Query;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Queries;

/// <summary><c>/api/v2/query</c>: one line of the query DSL across every cluster (query-dsl.md).</summary>
internal static class QueryEndpoints
{
    private const string Example = "pods(cluster=\"prod\").where(restarts > 5)";

    // Longer than the DSL's own limit, so that an over-long query is answered with the DSL's diagnostic, which says where.
    private const int MaxTextLength = 1 << 20;

    public static void MapQueryEndpoints(this IEndpointRouteBuilder api)
    {
        var queries = api.MapGroup(string.Empty).WithTags("Query").RequireRole(Role.Viewer);
        queries.MapGet("/query", GetAsync).WithName("RunQuery");
        queries.MapPost("/query", PostAsync).WithName("RunQueryFromBody").Accepts<JsonElement>("application/json").ChangesNothing();
    }

    private static async Task<Results<Ok<QueryResult>, BadRequest<QueryErrorResponse>, UnprocessableEntity<ErrorResponse>>> GetAsync(
        string? q, [FromServices] IQueryService queries, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.UnprocessableEntity(ErrorResponse.InvalidQueryParameter("q", q ?? string.Empty, $"a query such as {Example}"));
        }

        var outcome = await queries.RunAsync(q, cancellationToken).ConfigureAwait(false);
        return outcome.Result is { } result ? TypedResults.Ok(result) : TypedResults.BadRequest(Failure(outcome));
    }

    private static async Task<Results<Ok<QueryResult>, BadRequest<QueryErrorResponse>, UnprocessableEntity<ErrorResponse>, BadRequest<ErrorResponse>>> PostAsync(
        HttpRequest request, [FromServices] IQueryService queries, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var fields = JsonFields.Of(body, $"{{\"q\": \"{Example.Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}", out var notAnObject);
        if (fields is null)
        {
            return TypedResults.UnprocessableEntity(notAnObject!);
        }

        // Not JsonFields.Text: a query may span lines, and line breaks are control characters.
        var q = fields.Raw("q", required: true) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
        if (fields.Has("q") && (string.IsNullOrWhiteSpace(q) || q.Length > MaxTextLength))
        {
            fields.Problem("q", $"expected a query such as {Example}");
        }

        if (fields.Finish("query") is { } invalid)
        {
            return TypedResults.UnprocessableEntity(invalid);
        }

        var outcome = await queries.RunAsync(q!, cancellationToken).ConfigureAwait(false);
        if (outcome.Result is { } result)
        {
            return TypedResults.Ok(result);
        }

        return TypedResults.BadRequest(Failure(outcome));
    }

    private static QueryErrorResponse Failure(QueryOutcome outcome) =>
        new(new QueryErrorDetail("query_error", outcome.Errors[0].Message, outcome.Errors));
}

/// <summary>The reply to a query that failed: <c>{"error": {"code": "query_error", "message": ..., "diagnostics": [...]}}</c>.</summary>
/// <param name="Error">What went wrong.</param>
internal sealed record QueryErrorResponse(QueryErrorDetail Error);

/// <summary>The inside of a failed query's reply.</summary>
/// <param name="Code">Always <c>query_error</c>.</param>
/// <param name="Message">The first diagnostic's message.</param>
/// <param name="Diagnostics">Every diagnostic: the first syntax error, or every binder error, or the runtime error.</param>
internal sealed record QueryErrorDetail(string Code, string Message, IReadOnlyList<QueryDiagnostic> Diagnostics);
