using System.IO.Pipelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace Master.Gateway.Tests.Support;

/// <summary>
/// Sits in front of the whole pipeline and records, for the snapshot route, how many bytes
/// were written between flushes: what the server held back before sending.
/// </summary>
internal sealed class ResponseFlushRecorder : IStartupFilter
{
    private readonly Lock _lock = new();

    public long TotalBytes { get; private set; }

    public long LargestUnflushedBytes { get; private set; }

    public int Flushes { get; private set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/v2/clusters", StringComparison.Ordinal)
                || !context.Request.Path.Value!.EndsWith("/snapshot", StringComparison.Ordinal))
            {
                await nextMiddleware(context);
                return;
            }

            var inner = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            var writer = new RecordingPipeWriter(inner.Writer, this);
            context.Features.Set<IHttpResponseBodyFeature>(new RecordingBodyFeature(inner, writer));
            await nextMiddleware(context);

            // Whatever is still unflushed goes out when the response completes: count it as the last chunk.
            writer.Finish();
        });
        next(app);
    };

    internal void Flushed(long bytes)
    {
        lock (_lock)
        {
            TotalBytes += bytes;
            LargestUnflushedBytes = Math.Max(LargestUnflushedBytes, bytes);
            if (bytes > 0)
            {
                Flushes++;
            }
        }
    }

    private sealed class RecordingBodyFeature(IHttpResponseBodyFeature inner, RecordingPipeWriter writer) : IHttpResponseBodyFeature
    {
        private Stream? _stream;

        public Stream Stream => _stream ??= writer.AsStream(leaveOpen: true);

        public PipeWriter Writer => writer;

        public Task CompleteAsync()
        {
            writer.Finish();
            return inner.CompleteAsync();
        }

        public void DisableBuffering() => inner.DisableBuffering();

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.SendFileAsync(path, offset, count, cancellationToken);

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);
    }

    private sealed class RecordingPipeWriter(PipeWriter inner, ResponseFlushRecorder recorder) : PipeWriter
    {
        private long _unflushed;

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override void Advance(int bytes)
        {
            inner.Advance(bytes);
            _unflushed += bytes;
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            Finish();
            inner.Complete(exception);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Finish();
            return inner.FlushAsync(cancellationToken);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

        public void Finish()
        {
            recorder.Flushed(_unflushed);
            _unflushed = 0;
        }
    }
}
