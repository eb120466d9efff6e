using System.Globalization;
using Master.Gateway.Errors;
using Master.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Clusters;

/// <summary><c>/api/v2/clusters</c>: the fleet and each cluster's live state.</summary>
internal static class ClusterEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static void MapClusterEndpoints(this IEndpointRouteBuilder api)
    {
        var clusters = api.MapGroup("/clusters").WithTags("Clusters");
        clusters.MapGet(string.Empty, ListAsync).WithName("ListClusters");
        clusters.MapGet("/{id}", GetAsync).WithName("GetCluster");
        clusters.MapGet("/{id}/status", GetStatusAsync).WithName("GetClusterStatus");
        clusters.MapGet("/{id}/snapshot", GetSnapshotAsync).WithName("GetClusterSnapshot");
    }

    // limit and cursor arrive as strings so a bad value is answered 422 with the field named, not a bare 400.
    private static async Task<Results<Ok<ListResponse<ClusterView>>, UnprocessableEntity<ErrorResponse>>> ListAsync(
        string? limit, string? cursor, IClusterReadService reads, CancellationToken cancellationToken)
    {
        var pageSize = DefaultLimit;
        if (!string.IsNullOrEmpty(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
        {
            return TypedResults.UnprocessableEntity(
                ErrorResponse.ValidationFailed(nameof(limit), $"must be an integer from 1 to {MaxLimit}"));
        }

        string? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!ListCursor.TryDecode(cursor, out var key))
            {
                return TypedResults.UnprocessableEntity(
                    ErrorResponse.ValidationFailed(nameof(cursor), "must be a nextCursor value returned by this list"));
            }

            after = key;
        }

        var page = await reads.ListClustersAsync(pageSize, after, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new ListResponse<ClusterView>(page.Items, page.Total, ListCursor.Encode(page.NextAfter)));
    }

    private static async Task<Results<Ok<ClusterView>, NotFound<ErrorResponse>>> GetAsync(
        string id, IClusterReadService reads, CancellationToken cancellationToken)
    {
        var cluster = await reads.GetClusterAsync(id, cancellationToken).ConfigureAwait(false);
        return cluster is null ? ClusterNotFound(id) : TypedResults.Ok(cluster);
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
        return TypedResults.NotFound(known
            ? ErrorResponse.Of(ErrorCodes.NotFound, $"Cluster '{id}' has not sent a snapshot yet.")
            : ErrorResponse.Of(ErrorCodes.NotFound, $"There is no cluster '{id}'."));
    }

    private static NotFound<ErrorResponse> ClusterNotFound(string id) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no cluster '{id}'."));
}
