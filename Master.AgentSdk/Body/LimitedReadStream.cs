namespace Master.AgentSdk.Body;

/// <summary>A read-only wrapper that counts the bytes read and throws <see cref="PayloadTooLargeException"/> past a limit.</summary>
internal sealed class LimitedReadStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private long _read;

    /// <summary>Wraps <paramref name="inner"/>; it is not disposed with this stream.</summary>
    public LimitedReadStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    /// <inheritdoc />
    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        return Count(buffer[..read]);
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span[..read]);
    }

    private int Count(ReadOnlySpan<byte> data)
    {
        _read += data.Length;
        return _read > _limit ? throw new PayloadTooLargeException() : data.Length;
    }
}
