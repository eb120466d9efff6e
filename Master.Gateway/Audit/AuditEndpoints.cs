using System.Globalization;
using System.Text.Json;
using Master.Database.Audit;
using Master.Gateway.Access;
using Master.Gateway.Clusters;
using Master.Gateway.Errors;
using Master.Security.Accounts;
using Master.Security.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Audit;

/// <summary><c>/api/v2/audit-logs</c> and <c>/api/v2/security-events</c>: the administrators' trail of who did what.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup(string.Empty).WithTags("Audit").RequireRole(Role.Admin);
        audit.MapGet("/audit-logs", ListAuditLogsAsync).WithName("ListAuditLogs");
        audit.MapGet("/security-events", ListSecurityEventsAsync).WithName("ListSecurityEvents");
        audit.MapPost("/security-events/{id}/resolve", ResolveAsync).WithName("ResolveSecurityEvent");
    }

    private static async Task<Results<Ok<ListResponse<AuditLogView>>, UnprocessableEntity<ErrorResponse>>> ListAuditLogsAsync(
        string? user, string? action, string? success, string? since, string? until, string? limit, string? cursor,
        [FromServices] IAuditLogRepository repository, CancellationToken cancellationToken)
    {
        var pagingError = LogListParameters.TryParse(limit, cursor, since, until, out var paging);
        if ((LogListParameters.TryParseFlag(nameof(success), success, out var succeeded) ?? pagingError) is { } error)
        {
            return TypedResults.UnprocessableEntity(error);
        }

        var query = new AuditLogQuery(NullIfEmpty(user), NullIfEmpty(action), succeeded, paging.Since, paging.Until, paging.Limit, paging.After);
        var page = await repository.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var total = await repository.CountAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<AuditLogView>(
            [.. page.Items.Select(AuditLogView.From)], (int)total, LogListParameters.Encode(page.Next)));
    }

    private static async Task<Results<Ok<ListResponse<SecurityEventView>>, UnprocessableEntity<ErrorResponse>>> ListSecurityEventsAsync(
        string? type, string? severity, string? resolved, string? user, string? since, string? until, string? limit, string? cursor,
        [FromServices] ISecurityEventRepository repository, CancellationToken cancellationToken)
    {
        var pagingError = LogListParameters.TryParse(limit, cursor, since, until, out var paging);
        var severityError = string.IsNullOrEmpty(severity) || SecuritySeverities.All.Contains(severity)
            ? null
            : ErrorResponse.InvalidQueryParameter(nameof(severity), severity, "one of " + string.Join(", ", SecuritySeverities.All));
        if ((LogListParameters.TryParseFlag(nameof(resolved), resolved, out var isResolved) ?? severityError ?? pagingError) is { } invalid)
        {
            return TypedResults.UnprocessableEntity(invalid);
        }

        var query = new SecurityEventQuery(
            NullIfEmpty(type), NullIfEmpty(severity), isResolved, NullIfEmpty(user), paging.Since, paging.Until, paging.Limit, paging.After);
        var page = await repository.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var total = await repository.CountAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<SecurityEventView>(
            [.. page.Items.Select(SecurityEventView.From)], (int)total, LogListParameters.Encode(page.Next)));
    }

    private static async Task<Results<Ok<SecurityEventView>, NotFound<ErrorResponse>>> ResolveAsync(
        string id, HttpContext context, [FromServices] ISecurityEventRepository repository, [FromServices] TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId)
            && await repository.ResolveAsync(eventId, context.RequiredCaller().Username, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            && await repository.GetAsync(eventId, cancellationToken).ConfigureAwait(false) is { } resolved)
        {
            return TypedResults.Ok(SecurityEventView.From(resolved));
        }

        return TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no security event '{id}'."));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>A stored JSON detail as JSON again, not as a string of JSON.</summary>
    internal static JsonElement? Detail(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <summary>One audit entry as the API shows it.</summary>
internal sealed record AuditLogView(
    long Id,
    DateTimeOffset OccurredAt,
    long? UserId,
    string Username,
    string Role,
    string Source,
    string Action,
    string ResourceType,
    string ResourceId,
    string? ClusterId,
    string Method,
    string Path,
    int StatusCode,
    bool Success,
    string? RemoteAddress,
    string? UserAgent,
    long DurationMs,
    JsonElement? Detail)
{
    public static AuditLogView From(AuditLogRecord entry) => new(
        entry.Id, entry.OccurredAt, entry.UserId, entry.Username, entry.Role, entry.Source, entry.Action, entry.ResourceType,
        entry.ResourceId, entry.ClusterId, entry.Method, entry.Path, entry.StatusCode, entry.Success, entry.RemoteAddress,
        entry.UserAgent, entry.DurationMs, AuditEndpoints.Detail(entry.Detail));
}

/// <summary>One security event as the API shows it.</summary>
internal sealed record SecurityEventView(
    long Id,
    DateTimeOffset OccurredAt,
    string Type,
    string Severity,
    string? Username,
    string? RemoteAddress,
    JsonElement? Detail,
    bool Resolved,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy)
{
    public static SecurityEventView From(SecurityEventRecord entry) => new(
        entry.Id, entry.OccurredAt, entry.Kind, entry.Severity, entry.Username, entry.RemoteAddress, AuditEndpoints.Detail(entry.Detail),
        entry.ResolvedAt is not null, entry.ResolvedAt, entry.ResolvedBy);
}
