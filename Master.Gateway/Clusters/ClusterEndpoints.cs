using System.Text.Json;
using Master.Fleet.Registry;
using Master.Gateway.Access;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Query;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Clusters;

/// <summary><c>/api/v2/clusters</c>: the fleet, each cluster's live state, and its registry metadata.</summary>
internal static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this IEndpointRouteBuilder api)
    {
        // Full paths under an empty group: a group prefix of "/clusters" would give the list route the template
        // "/api/v2/clusters/", with a trailing slash, in the OpenAPI document and in metrics.
        var clusters = api.MapGroup(string.Empty).WithTags("Clusters");
        clusters.MapGet("/clusters", ListAsync).WithName("ListClusters").RequireRole(Role.Viewer);
        clusters.MapGet("/clusters/{id}", GetAsync).WithName("GetCluster").RequireRole(Role.Viewer);
        clusters.MapPatch("/clusters/{id}", PatchAsync).WithName("UpdateCluster").Accepts<JsonElement>("application/json")
            .RequireRole(Role.Operator);
        clusters.MapDelete("/clusters/{id}", DeleteAsync).WithName("DeleteCluster").RequireRole(Role.Admin);
        clusters.MapGet("/clusters/{id}/status", GetStatusAsync).WithName("GetClusterStatus").RequireRole(Role.Viewer);
        clusters.MapGet("/clusters/{id}/snapshot", GetSnapshotAsync).WithName("GetClusterSnapshot").RequireRole(Role.Viewer);
    }

    // Every parameter arrives as a string so that a bad value is answered 422 naming the parameter, not a bare 400.
    private static async Task<Results<Ok<ListResponse<ClusterListItem>>, UnprocessableEntity<ErrorResponse>>> ListAsync(
        string? limit,
        string? cursor,
        string? status,
        string? name,
        string? environment,
        string? agentVersion,
        string? labels,
        IClusterReadService reads,
        CancellationToken cancellationToken)
    {
        var error = ClusterListParameters.TryParse(limit, cursor, status, name, environment, agentVersion, labels, out var parameters);
        if (error is not null)
        {
            return TypedResults.UnprocessableEntity(error);
        }

        var page = await reads.ListClustersAsync(parameters.Limit, parameters.After, parameters.Filter, cancellationToken)
            .ConfigureAwait(false);
        var items = page.Items.Select(ClusterListItem.From).ToList();
        return TypedResults.Ok(new ListResponse<ClusterListItem>(items, page.Total, ListCursor.Encode(page.NextAfter)));
    }

    private static async Task<Results<Ok<ClusterView>, NotFound<ErrorResponse>>> GetAsync(
        string id, IClusterReadService reads, CancellationToken cancellationToken)
    {
        var cluster = await reads.GetClusterAsync(id, cancellationToken).ConfigureAwait(false);
        return cluster is null ? ClusterNotFound(id) : TypedResults.Ok(cluster);
    }

    private static async Task<Results<Ok<ClusterView>, BadRequest<ErrorResponse>, NotFound<ErrorResponse>, Conflict<ErrorResponse>,
        UnprocessableEntity<ErrorResponse>>> PatchAsync(
        string id, HttpRequest request, IClusterReadService reads, [FromServices] IClusterRegistry registry, CancellationToken cancellationToken)
    {
        var (body, malformed) = await JsonBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        if (ClusterPatchBody.TryRead(body, out var change) is { } invalid)
        {
            return TypedResults.UnprocessableEntity(invalid);
        }

        if (await reads.ResolveClusterIdAsync(id, cancellationToken).ConfigureAwait(false) is not { } clusterId)
        {
            return ClusterNotFound(id);
        }

        switch (await registry.ChangeAsync(clusterId, change, cancellationToken).ConfigureAwait(false))
        {
            case ClusterChangeOutcome.NameTaken:
                return TypedResults.Conflict(ErrorResponse.Of(ErrorCodes.Conflict, $"Another cluster is already named '{change.Name}'."));
            case ClusterChangeOutcome.NotFound:
                return ClusterNotFound(id);
            default:
                var cluster = await reads.GetClusterAsync(clusterId, cancellationToken).ConfigureAwait(false);
                return cluster is null ? ClusterNotFound(id) : TypedResults.Ok(cluster);
        }
    }

    private static async Task<Results<NoContent, NotFound<ErrorResponse>>> DeleteAsync(
        string id, IClusterReadService reads, [FromServices] IClusterRegistry registry, CancellationToken cancellationToken)
    {
        var clusterId = await reads.ResolveClusterIdAsync(id, cancellationToken).ConfigureAwait(false);
        return clusterId is not null && await registry.ForgetAsync(clusterId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : ClusterNotFound(id);
    }

    private static async Task<Results<Ok<ClusterStatusView>, NotFound<ErrorResponse>>> GetStatusAsync(
        string id, IClusterReadService reads, CancellationToken cancellationToken)
    {
        var status = await reads.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
        return status is null ? ClusterNotFound(id) : TypedResults.Ok(status);
    }

    private static async Task<Results<SnapshotJsonResult, NotFound<ErrorResponse>>> GetSnapshotAsync(
        string id, IClusterReadService reads, CancellationToken cancellationToken)
    {
        var snapshot = await reads.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
        if (snapshot is not null)
        {
            return new SnapshotJsonResult(snapshot);
        }

        var known = await reads.GetClusterAsync(id, cancellationToken).ConfigureAwait(false) is not null;
        return known
            ? TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"Cluster '{id}' has not sent a snapshot yet."))
            : ClusterNotFound(id);
    }

    private static NotFound<ErrorResponse> ClusterNotFound(string id) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no cluster '{id}' (looked up by id and by name)."));
}
