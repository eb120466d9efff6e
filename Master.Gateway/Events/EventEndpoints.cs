using Master.Database.Events;
using Master.Gateway.Access;
using Master.Gateway.Clusters;
using Master.Gateway.Errors;
using Master.Query;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Events;

/// <summary><c>/api/v2/events</c>: the persisted event history of every cluster, newest first.</summary>
internal static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder api)
    {
        // Full paths under an empty group, as for the clusters: a "/events" prefix would give the list route a
        // trailing slash in the OpenAPI document and in metrics.
        var events = api.MapGroup(string.Empty).WithTags("Events").RequireRole(Role.Viewer);
        events.MapGet("/events", ListAsync).WithName("ListEvents");
        events.MapGet("/events/related", ListRelatedAsync).WithName("ListRelatedEvents");
    }

    // Every parameter arrives as a string so that a bad value is answered 422 naming the parameter, not a bare 400. The
    // services are marked: a gateway composed without the relational store would otherwise take the repository for a
    // request body and refuse to build any route; this way only these routes fail, and only when called.
    private static async Task<Results<Ok<ListResponse<EventItem>>, UnprocessableEntity<ErrorResponse>>> ListAsync(
        string? limit,
        string? cursor,
        string? cluster,
        string? type,
        string? reason,
        string? kind,
        string? @namespace,
        string? name,
        string? node,
        string? uid,
        string? since,
        string? until,
        [FromServices] IClusterReadService reads,
        [FromServices] IClusterEventRepository events,
        CancellationToken cancellationToken)
    {
        var error = EventQueryParameters.TryParse(limit, cursor, type, reason, since, until, out var query);
        if (error is not null)
        {
            return TypedResults.UnprocessableEntity(error);
        }

        // A forgotten cluster resolves to nothing, but its history stays in the table under its id.
        var clusterId = string.IsNullOrEmpty(cluster)
            ? null
            : await reads.ResolveClusterIdAsync(cluster, cancellationToken).ConfigureAwait(false) ?? cluster;
        query = query with
        {
            ClusterId = clusterId,
            InvolvedKind = EventQueryParameters.NullIfEmpty(kind),
            Namespace = EventQueryParameters.NullIfEmpty(@namespace),
            InvolvedName = EventQueryParameters.NullIfEmpty(name),
            Node = EventQueryParameters.NullIfEmpty(node),
            InvolvedUid = EventQueryParameters.NullIfEmpty(uid),
        };
        return TypedResults.Ok(await PageAsync(events, query, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<ListResponse<EventItem>>, NotFound<ErrorResponse>, UnprocessableEntity<ErrorResponse>>>
        ListRelatedAsync(
            string? cluster,
            string? kind,
            string? @namespace,
            string? name,
            string? limit,
            string? cursor,
            string? type,
            string? reason,
            string? since,
            string? until,
            [FromServices] IClusterReadService reads,
            [FromServices] IClusterEventRepository events,
            CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(cluster))
        {
            return TypedResults.UnprocessableEntity(EventQueryParameters.Missing(nameof(cluster), "a cluster id or name"));
        }

        if (string.IsNullOrEmpty(kind))
        {
            return TypedResults.UnprocessableEntity(
                EventQueryParameters.Missing(nameof(kind), "the kind of the object, such as Deployment"));
        }

        if (string.IsNullOrEmpty(name))
        {
            return TypedResults.UnprocessableEntity(EventQueryParameters.Missing(nameof(name), "the name of the object"));
        }

        var error = EventQueryParameters.TryParse(limit, cursor, type, reason, since, until, out var query);
        if (error is not null)
        {
            return TypedResults.UnprocessableEntity(error);
        }

        // Ownership comes from the latest snapshot, which only a known cluster has; the history is stored under the id,
        // not under the name the caller may have used.
        var root = new ObjectRef(kind, @namespace ?? string.Empty, name);
        if (await reads.ResolveClusterIdAsync(cluster, cancellationToken).ConfigureAwait(false) is not { } clusterId
            || await reads.GetObjectFamilyAsync(clusterId, root, ClusterEventQuery.MaxInvolvedObjects, cancellationToken)
                .ConfigureAwait(false) is not { } family)
        {
            return TypedResults.NotFound(
                ErrorResponse.Of(ErrorCodes.NotFound, $"There is no cluster '{cluster}' (looked up by id and by name)."));
        }

        query = query with
        {
            ClusterId = clusterId,
            InvolvedObjects = [.. family.Select(member => new InvolvedObject(member.Kind, member.Namespace, member.Name))],
        };
        return TypedResults.Ok(await PageAsync(events, query, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<ListResponse<EventItem>> PageAsync(
        IClusterEventRepository events, ClusterEventQuery query, CancellationToken cancellationToken)
    {
        var page = await events.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var total = await events.CountAsync(query, cancellationToken).ConfigureAwait(false);

        // The envelope's total is an int; retention keeps a table far below that, so saturating never lies in practice.
        return new ListResponse<EventItem>(
            [.. page.Items.Select(EventItem.From)], int.CreateSaturating(total), page.Next?.Encode());
    }
}
