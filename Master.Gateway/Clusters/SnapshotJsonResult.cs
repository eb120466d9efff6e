using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Master.DataHub;
using Master.DataHub.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Master.Gateway.Clusters;

/// <summary>
/// Writes a stored snapshot with the model's own serializer straight into the response pipe (no intermediate string
/// or array), with its version as the entity tag.
/// </summary>
internal sealed class SnapshotJsonResult(StoredSnapshot stored) : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ETag = $"\"{stored.Version.ToString(CultureInfo.InvariantCulture)}\"";
        response.Headers.LastModified = stored.ReceivedAt.ToString("R", CultureInfo.InvariantCulture);
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        await using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            SnapshotJson.Serialize(writer, stored.Snapshot);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ClusterSnapshot), ["application/json"]));
    }
}
