using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Master.AgentSdk.Body;

/// <summary>
/// Reads an agent request body per agent-protocol.md §3 and §11.2: gunzips when declared or when the gzip magic is sniffed,
/// counts received and decompressed bytes against the limit while streaming, and holds at most the limit in one pooled
/// buffer (plus fixed 64 KiB buffers for reading and, with gzip, for the compressed input).
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>The protocol code for a body over the limit.</summary>
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary>The protocol code for a gzip failure.</summary>
    public const string InvalidGzip = "invalid_gzip";

    private const int ChunkSize = 64 * 1024;

    /// <summary>True when <c>Content-Length</c> is given and above the limit (checked before reading).</summary>
    public static bool DeclaresTooLarge(HttpRequest request, long limit) => request.ContentLength is { } length && length > limit;

    /// <summary>Lifts the server's own body limit for this request: the endpoint enforces the protocol limit itself.</summary>
    public static void LiftServerLimit(HttpContext context)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = null;
        }
    }

    /// <summary>Reads and decodes the whole body.</summary>
    public static async Task<BodyReadResult> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var gzip = DeclaresGzip(request.Headers.ContentEncoding) || await SniffGzipAsync(request.BodyReader, cancellationToken).ConfigureAwait(false);
        var received = new LimitedReadStream(request.BodyReader.AsStream(leaveOpen: true), limit);
        try
        {
            Stream source = gzip ? new GzipDecodingStream(received) : received;
            await using (source.ConfigureAwait(false))
            {
                var body = await ReadLimitedAsync(source, limit, cancellationToken).ConfigureAwait(false);
                return body is null ? new BodyReadResult(null, PayloadTooLarge, gzip) : new BodyReadResult(body, null, gzip);
            }
        }
        catch (PayloadTooLargeException)
        {
            return new BodyReadResult(null, PayloadTooLarge, gzip);
        }
        catch (InvalidDataException) when (gzip)
        {
            return new BodyReadResult(null, InvalidGzip, gzip);
        }
    }

    /// <summary>True when a comma-separated <c>Content-Encoding</c> token equals <c>gzip</c>, ignoring case and spaces.</summary>
    public static bool DeclaresGzip(IEnumerable<string?> contentEncoding)
    {
        foreach (var value in contentEncoding)
        {
            foreach (var token in (value ?? string.Empty).Split(','))
            {
                if (token.Trim().Equals("gzip", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static async Task<bool> SniffGzipAsync(System.IO.Pipelines.PipeReader reader, CancellationToken cancellationToken)
    {
        // Peek without consuming: AdvanceTo(start) leaves every byte for the real read.
        var result = await reader.ReadAtLeastAsync(2, cancellationToken).ConfigureAwait(false);
        var buffer = result.Buffer;
        var magic = false;
        if (buffer.Length >= 2)
        {
            Span<byte> head = stackalloc byte[2];
            buffer.Slice(0, 2).CopyTo(head);
            magic = head[0] == 0x1f && head[1] == 0x8b;
        }

        reader.AdvanceTo(buffer.Start);
        return magic;
    }

    private static async Task<RequestBody?> ReadLimitedAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        var compactor = default(JsonWhitespaceCompactor);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var length = 0;
        long produced = 0;
        try
        {
            while (true)
            {
                var read = await source.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    var body = new RequestBody(buffer, length);
                    buffer = null;
                    return body;
                }

                produced += read;
                if (produced > limit)
                {
                    return null;
                }

                if (buffer.Length - length < read)
                {
                    buffer = Grow(buffer, length, length + read, limit);
                }

                length += compactor.Compact(chunk.AsSpan(0, read), buffer.AsSpan(length));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int needed, long limit)
    {
        // Doubling, but never past the limit: the compacted output is never longer than the bytes produced.
        var size = (int)Math.Min(Math.Max((long)buffer.Length * 2, needed), Math.Min(limit, Array.MaxLength));
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(size, needed));
        buffer.AsSpan(0, length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(buffer);
        return grown;
    }
}
