using System.Buffers;
using System.IO.Pipelines;

namespace Master.Gateway.Clusters;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over a pipe that flushes every <c>chunkBytes</c> written and blocks while the pipe is
/// full. Only for a synchronous producer on a thread of its own; throws once the reading side has gone.
/// </summary>
internal sealed class ChunkFlushingBufferWriter(PipeWriter pipe, int chunkBytes) : IBufferWriter<byte>
{
    private int _unflushed;

    public void Advance(int count)
    {
        pipe.Advance(count);
        _unflushed += count;
        if (_unflushed < chunkBytes)
        {
            return;
        }

        _unflushed = 0;
#pragma warning disable VSTHRD002 // The caller is a dedicated producer thread; waiting here is the back-pressure from the client.
        var flush = pipe.FlushAsync().AsTask().GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
        if (flush.IsCompleted || flush.IsCanceled)
        {
            throw new OperationCanceledException("The reader of the snapshot stream has gone.");
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => pipe.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => pipe.GetSpan(sizeHint);
}
