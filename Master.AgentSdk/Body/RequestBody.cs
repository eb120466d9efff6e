using System.Buffers;

namespace Master.AgentSdk.Body;

/// <summary>A decoded request body in a pooled buffer; dispose it to return the buffer.</summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? _buffer;

    /// <summary>Takes ownership of a pooled buffer holding <paramref name="length"/> bytes.</summary>
    public RequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>How many bytes the body holds.</summary>
    public int Length { get; }

    /// <summary>The bytes; valid until disposed.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer is null ? throw new ObjectDisposedException(nameof(RequestBody)) : _buffer.AsMemory(0, Length);

    /// <inheritdoc />
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
