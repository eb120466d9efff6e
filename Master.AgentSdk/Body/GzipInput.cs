using System.Buffers;

namespace Master.AgentSdk.Body;

/// <summary>
/// The compressed bytes of a gzip body in one pooled buffer, read by <see cref="GzipDecodingStream"/> for member headers
/// and trailers and, as a stream, by the inflater of each member. Bytes handed to the inflater stay in the buffer until
/// it asks for more, so the bytes it did not need (the trailer, the next member) can still be read afterwards.
/// </summary>
internal sealed class GzipInput : ReadOnlyStream
{
    private const int BufferSize = 64 * 1024;

    // Keeps a served piece plus a trailer well inside the buffer, so a trailer search never has to drop the piece.
    private const int MaxPiece = 16 * 1024;

    private readonly Stream _inner;
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _start;
    private int _end;
    private int _pieceStart;
    private int _pieceEnd;
    private bool _innerDone;

    /// <summary>Reads from <paramref name="inner"/>, which is not disposed with this stream.</summary>
    public GzipInput(Stream inner)
    {
        _inner = inner;
    }

    /// <summary>The buffered bytes not consumed yet.</summary>
    public ReadOnlySpan<byte> Available => Buffer.AsSpan(_start, _end - _start);

    /// <summary>
    /// The piece last handed to the inflater and the bytes after it, up to <paramref name="extra"/> of them: a deflate
    /// stream that ended did so inside the last piece it asked for, so its trailer starts in this span.
    /// </summary>
    public ReadOnlySpan<byte> LastPiece(int extra) => Buffer.AsSpan(_pieceStart, Math.Min(_end, _pieceEnd + extra) - _pieceStart);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(GzipInput));

    /// <summary>Makes at least <paramref name="count"/> unconsumed bytes available; false when the input ends first.</summary>
    public ValueTask<bool> EnsureAsync(int count, CancellationToken cancellationToken) => FillAsync(_start, count, cancellationToken);

    /// <summary>Makes the last piece and <paramref name="extra"/> bytes after it available, or as many as the input has.</summary>
    public async ValueTask EnsureAfterPieceAsync(int extra, CancellationToken cancellationToken) =>
        await FillAsync(_pieceStart, _pieceEnd - _pieceStart + extra, cancellationToken).ConfigureAwait(false);

    /// <summary>Marks <paramref name="count"/> available bytes consumed; the next piece starts after them.</summary>
    public void Consume(int count)
    {
        _start += count;
        _pieceStart = _pieceEnd = _start;
    }

    /// <summary>
    /// Moves the read position to <paramref name="offset"/> bytes into <see cref="LastPiece"/>, taking back what the
    /// inflater was given but did not use.
    /// </summary>
    public void RewindIntoLastPiece(int offset)
    {
        _start = _pieceStart + offset;
        _pieceStart = _pieceEnd = _start;
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_start == _end && !await FillAsync(_start, 1, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var take = Math.Min(Math.Min(buffer.Length, MaxPiece), _end - _start);
        Buffer.AsSpan(_start, take).CopyTo(buffer.Span);
        _pieceStart = _start;
        _pieceEnd = _start += take;
        return take;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads until <paramref name="count"/> bytes from <paramref name="from"/> are buffered, dropping those before it.</summary>
    private async ValueTask<bool> FillAsync(int from, int count, CancellationToken cancellationToken)
    {
        var buffer = Buffer;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, BufferSize);
        while (_end - from < count)
        {
            if (_innerDone)
            {
                return false;
            }

            if (from > 0)
            {
                buffer.AsSpan(from, _end - from).CopyTo(buffer);
                _start -= from;
                _end -= from;
                _pieceStart = Math.Max(0, _pieceStart - from);
                _pieceEnd = Math.Max(0, _pieceEnd - from);
                from = 0;
            }

            var read = await _inner.ReadAsync(buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _innerDone = true;
                return false;
            }

            _end += read;
        }

        return true;
    }
}
