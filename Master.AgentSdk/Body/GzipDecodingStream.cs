using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Master.AgentSdk.Body;

/// <summary>
/// Decompresses a gzip body of one or more concatenated members (RFC 1952; agent-protocol.md §3 step 4) and throws
/// <see cref="InvalidDataException"/> on any failure: a bad header, bad deflate data, a member whose CRC-32 or length
/// trailer does not match, a body cut short anywhere, or bytes after a member that do not start another one.
/// </summary>
/// <remarks>
/// <see cref="GZipStream"/> decodes several members, but it ends silently when the input stops early and ignores
/// what follows a member, so the framing is read here: each member's deflate data goes through a raw
/// <see cref="DeflateStream"/>, and its trailer is checked against the CRC-32 and length of what that member produced.
/// </remarks>
internal sealed class GzipDecodingStream : ReadOnlyStream
{
    private const int FixedHeaderLength = 10;
    private const int TrailerLength = 8;
    private const byte DeflateMethod = 8;
    private const byte FlagHeaderCrc = 0x02;
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;
    private const byte FlagComment = 0x10;
    private const byte ReservedFlags = 0xe0;

    private readonly GzipInput _input;
    private readonly Crc32 _crc = new();
    private readonly byte[] _expectedTrailer = new byte[TrailerLength];
    private DeflateStream? _member;
    private uint _memberLength;
    private int _members;
    private bool _done;

    /// <summary>Decompresses <paramref name="compressed"/>, which is not disposed with this stream.</summary>
    public GzipDecodingStream(Stream compressed)
    {
        _input = new GzipInput(compressed);
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_done)
        {
            if (_member is null && !await StartMemberAsync(cancellationToken).ConfigureAwait(false))
            {
                _done = true;
                break;
            }

            var read = await _member!.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read > 0)
            {
                _crc.Append(buffer.Span[..read]);
                _memberLength += (uint)read;
                return read;
            }

            await EndMemberAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _member?.Dispose();
            _input.Dispose();
        }

        base.Dispose(disposing);
    }

    private static InvalidDataException Invalid(string message) => new(message);

    /// <summary>Reads the next member's header; false when the body ended cleanly after at least one member.</summary>
    private async ValueTask<bool> StartMemberAsync(CancellationToken cancellationToken)
    {
        if (!await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
        {
            return _members > 0 ? false : throw Invalid("The gzip body is empty.");
        }

        await ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        _members++;
        _crc.Reset();
        _memberLength = 0;
        _member = new DeflateStream(_input, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    /// <summary>Finds the member's trailer right after its deflate data and checks it; the next member starts after it.</summary>
    private async ValueTask EndMemberAsync(CancellationToken cancellationToken)
    {
        _member!.Dispose();
        _member = null;
        BinaryPrimitives.WriteUInt32LittleEndian(_expectedTrailer, _crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(_expectedTrailer.AsSpan(4), _memberLength);

        // The inflater stops asking for input once its deflate data ended, so the data ended inside the last piece it
        // was given, and the trailer starts there. Searching that piece for the 8 bytes this member must end with finds
        // it; a body cut short, or one whose data or trailer was altered, has no such 8 bytes there (a chance match
        // inside at most 16 KiB of compressed data is about 2^-50).
        await _input.EnsureAfterPieceAsync(TrailerLength, cancellationToken).ConfigureAwait(false);
        var at = _input.LastPiece(TrailerLength).IndexOf(_expectedTrailer);
        if (at < 0)
        {
            throw Invalid("A gzip member is truncated, or its CRC-32 or length does not match its data.");
        }

        _input.RewindIntoLastPiece(at + TrailerLength);
    }

    private async ValueTask ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var header = new Crc32();
        await RequireAsync(FixedHeaderLength, cancellationToken).ConfigureAwait(false);
        var flags = ReadFixedHeader(header);
        if ((flags & FlagExtra) != 0)
        {
            await RequireAsync(2, cancellationToken).ConfigureAwait(false);
            var extraLength = Take(2, header);
            await SkipAsync(extraLength, header, cancellationToken).ConfigureAwait(false);
        }

        if ((flags & FlagName) != 0)
        {
            await SkipZeroTerminatedAsync(header, cancellationToken).ConfigureAwait(false);
        }

        if ((flags & FlagComment) != 0)
        {
            await SkipZeroTerminatedAsync(header, cancellationToken).ConfigureAwait(false);
        }

        if ((flags & FlagHeaderCrc) != 0)
        {
            var expected = (ushort)header.GetCurrentHashAsUInt32();
            await RequireAsync(2, cancellationToken).ConfigureAwait(false);
            if (Take(2, null) != expected)
            {
                throw Invalid("The gzip header checksum does not match.");
            }
        }
    }

    private byte ReadFixedHeader(Crc32 header)
    {
        var fixedHeader = _input.Available[..FixedHeaderLength];
        if (fixedHeader[0] != 0x1f || fixedHeader[1] != 0x8b)
        {
            throw Invalid(_members == 0 ? "The body is not gzip data." : "Data after a gzip member is not another member.");
        }

        if (fixedHeader[2] != DeflateMethod || (fixedHeader[3] & ReservedFlags) != 0)
        {
            throw Invalid("The gzip header names an unknown method or flags.");
        }

        var flags = fixedHeader[3];
        header.Append(fixedHeader);
        _input.Consume(FixedHeaderLength);
        return flags;
    }

    /// <summary>Consumes a little-endian 16-bit field, adding it to <paramref name="header"/> when given.</summary>
    private ushort Take(int length, Crc32? header)
    {
        var field = _input.Available[..length];
        header?.Append(field);
        var value = BinaryPrimitives.ReadUInt16LittleEndian(field);
        _input.Consume(length);
        return value;
    }

    private async ValueTask RequireAsync(int count, CancellationToken cancellationToken)
    {
        if (!await _input.EnsureAsync(count, cancellationToken).ConfigureAwait(false))
        {
            throw Invalid("The gzip header is truncated.");
        }
    }

    private async ValueTask SkipAsync(int count, Crc32 header, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            await RequireAsync(1, cancellationToken).ConfigureAwait(false);
            count -= ConsumeAvailable(count, header);
        }
    }

    private async ValueTask SkipZeroTerminatedAsync(Crc32 header, CancellationToken cancellationToken)
    {
        while (true)
        {
            await RequireAsync(1, cancellationToken).ConfigureAwait(false);
            var zero = _input.Available.IndexOf((byte)0);
            if (zero >= 0)
            {
                ConsumeAvailable(zero + 1, header);
                return;
            }

            ConsumeAvailable(int.MaxValue, header);
        }
    }

    private int ConsumeAvailable(int atMost, Crc32 header)
    {
        var part = _input.Available;
        part = part[..Math.Min(part.Length, atMost)];
        header.Append(part);
        _input.Consume(part.Length);
        return part.Length;
    }
}
