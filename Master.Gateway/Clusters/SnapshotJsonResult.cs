using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Reflection;
using System.Text.Json;
using Master.DataHub;
using Master.DataHub.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Master.Gateway.Clusters;

/// <summary>
/// Streams a stored snapshot with the model's own serializer, flushing every <see cref="ChunkBytes"/>, so a large
/// snapshot (tens of MB for a big cluster) never sits whole in the response buffer and a slow client holds back the
/// serializer instead of growing memory. The snapshot's version is the entity tag.
/// </summary>
/// <remarks>
/// The model's serializer is synchronous (<see cref="SnapshotJson.Serialize(Utf8JsonWriter, ClusterSnapshot)"/>), so it
/// runs on a thread of its own writing into a bounded pipe, and this request copies the pipe to the client.
/// </remarks>
internal sealed class SnapshotJsonResult(StoredSnapshot stored) : IResult, IEndpointMetadataProvider
{
    public const int ChunkBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ETag = $"\"{stored.Version.ToString(CultureInfo.InvariantCulture)}\"";
        response.Headers.LastModified = stored.ReceivedAt.ToString("R", CultureInfo.InvariantCulture);

        var pipe = new Pipe(new PipeOptions(
            pauseWriterThreshold: 4 * ChunkBytes, resumeWriterThreshold: 2 * ChunkBytes, useSynchronizationContext: false));
        var producer = Task.Factory.StartNew(
            () => Produce(pipe.Writer), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await CopyAsync(pipe.Reader, response.BodyWriter, httpContext.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            // Completing the reader wakes a producer that waits for room, and it gives up.
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ClusterSnapshot), ["application/json"]));
    }

    private static async Task CopyAsync(PipeReader source, PipeWriter body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var segment in read.Buffer)
            {
                body.Write(segment.Span);
            }

            source.AdvanceTo(read.Buffer.End);
            var flush = await body.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (read.IsCompleted || flush.IsCompleted || flush.IsCanceled)
            {
                return;
            }
        }
    }

    private void Produce(PipeWriter pipe)
    {
        try
        {
            using (var writer = new Utf8JsonWriter(new ChunkFlushingBufferWriter(pipe, ChunkBytes)))
            {
                SnapshotJson.Serialize(writer, stored.Snapshot);
            }

            pipe.Complete();
        }
#pragma warning disable CA1031 // Any failure goes to the reader, which fails the response; this thread has nobody else to tell.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            pipe.Complete(exception);
        }
    }
}
