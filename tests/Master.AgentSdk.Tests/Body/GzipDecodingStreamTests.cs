using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Master.AgentSdk.Body;

namespace Master.AgentSdk.Tests.Body;

/// <summary>The gzip framing of agent-protocol.md §3 step 4, exhaustively over small bodies and across buffer refills.</summary>
public sealed class GzipDecodingStreamTests
{
    private static readonly byte[] First = Encoding.UTF8.GetBytes("""{"clusterId":"c1","pods":[""");
    private static readonly byte[] Second = Encoding.UTF8.GetBytes("""{"name":"api"}]}""");

    [Test]
    public async Task Concatenated_members_decode_to_their_concatenation()
    {
        var body = Gzip(First).Concat(Gzip([])).Concat(Gzip(Second)).ToArray();

        var decoded = await DecodeAsync(body);

        decoded.Should().Equal(First.Concat(Second));
    }

    [Test]
    public async Task Every_cut_short_of_a_member_end_is_invalid_and_a_cut_at_one_is_a_shorter_valid_body()
    {
        var firstMember = Gzip(First);
        var body = firstMember.Concat(Gzip(Second)).ToArray();

        for (var cut = 0; cut < body.Length; cut++)
        {
            if (cut == firstMember.Length)
            {
                (await DecodeAsync(body[..cut])).Should().Equal(First);
                continue;
            }

            var shortened = body[..cut];
            await FluentActions.Awaiting(() => DecodeAsync(shortened))
                .Should().ThrowAsync<InvalidDataException>($"it was cut at {cut} of {body.Length}");
        }
    }

    [Test]
    public async Task Changing_a_trailer_byte_of_any_member_is_invalid()
    {
        var firstMember = Gzip(First);
        var body = firstMember.Concat(Gzip(Second)).ToArray();
        int[] trailerBytes = [.. Enumerable.Range(firstMember.Length - 8, 8), .. Enumerable.Range(body.Length - 8, 8)];

        foreach (var at in trailerBytes)
        {
            var changed = (byte[])body.Clone();
            changed[at] ^= 0x01;

            await FluentActions.Awaiting(() => DecodeAsync(changed)).Should().ThrowAsync<InvalidDataException>($"byte {at} changed");
        }
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0x1f, 0x8b })]
    [TestCase(new byte[] { (byte)'{', (byte)'}' })]
    public async Task Empty_or_non_gzip_body_is_invalid(byte[] body)
    {
        await FluentActions.Awaiting(() => DecodeAsync(body)).Should().ThrowAsync<InvalidDataException>();
    }

    [Test]
    public async Task Optional_header_fields_are_skipped_and_the_header_crc_is_checked()
    {
        var (member, headerCrcAt) = Member(First, name: "snapshot.json", comment: "from c1", extra: [1, 2, 3, 4]);
        var badCrc = (byte[])member.Clone();
        badCrc[headerCrcAt] ^= 0xff;

        (await DecodeAsync(member)).Should().Equal(First);
        await FluentActions.Awaiting(() => DecodeAsync(badCrc)).Should().ThrowAsync<InvalidDataException>();
    }

    [Test]
    public async Task Reserved_header_flags_are_invalid()
    {
        var member = Gzip(First);
        member[3] |= 0x20;

        await FluentActions.Awaiting(() => DecodeAsync(member)).Should().ThrowAsync<InvalidDataException>();
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(100_000)]
    public async Task Large_members_decode_whatever_the_size_of_the_reads_beneath(int readSize)
    {
        var random = new Random(1952);
        var parts = new[] { 3_000_000, 0, 70_000, 1 }.Select(length =>
        {
            var data = new byte[length];
            random.NextBytes(data);
            return data;
        }).ToArray();
        var body = parts.SelectMany(part => Gzip(part)).ToArray();

        var decoded = await DecodeAsync(body, readSize);

        decoded.Should().Equal(parts.SelectMany(part => part));
    }

    private static async Task<byte[]> DecodeAsync(byte[] body, int readSize = int.MaxValue)
    {
        await using var gzip = new GzipDecodingStream(new TrickleStream(body, readSize));
        using var output = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await gzip.ReadAsync(buffer)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, read));
        }

        return output.ToArray();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A member built by hand, with the optional header fields GZipStream never writes.</summary>
    private static (byte[] Member, int HeaderCrcAt) Member(byte[] data, string name, string comment, byte[] extra)
    {
        // FLG: FHCRC, FEXTRA, FNAME and FCOMMENT.
        var header = new List<byte> { 0x1f, 0x8b, 8, 0x02 | 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 255 };
        header.AddRange([(byte)extra.Length, 0]);
        header.AddRange(extra);
        header.AddRange([.. Encoding.Latin1.GetBytes(name), 0]);
        header.AddRange([.. Encoding.Latin1.GetBytes(comment), 0]);
        var headerCrcAt = header.Count;
        var crc16 = (ushort)Crc32.HashToUInt32([.. header]);
        header.AddRange([(byte)crc16, (byte)(crc16 >> 8)]);

        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal))
        {
            deflate.Write(data);
        }

        var trailer = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32.HashToUInt32(data));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer.AsSpan(4), (uint)data.Length);
        return ([.. header, .. deflated.ToArray(), .. trailer], headerCrcAt);
    }

    /// <summary>Serves a body at most <paramref name="readSize"/> bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] data, int readSize) : MemoryStream(data, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, readSize)], cancellationToken);
    }
}
