using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using Master.AgentSdk.Tests.Support;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.6 C90–C93 and §11.2: the body size limit, counted as received and as decompressed.</summary>
public sealed class BodyLimitTests : AgentChannelFixture
{
    private const int Limit = 1024 * 1024;

    // C92: "process memory grows by less than 128 MiB" while a 1 GiB bomb is refused at the 256 MiB default.
    private const long MemoryBound = 128L * 1024 * 1024;

    private static readonly Lazy<byte[]> GzipOfOneGibOfSpaces = new(() =>
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            for (var i = 0; i < 1024; i++)
            {
                gzip.Write(spaces);
            }
        }

        return output.ToArray();
    });

    [Test]
    public async Task C90_decompressed_body_of_exactly_the_limit_is_accepted()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(PaddedSnapshot(cluster, Limit)), cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetSnapshotAsync(cluster)).Should().NotBeNull();
    }

    [Test]
    public async Task C91_decompressed_body_one_byte_over_the_limit_is_413()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(PaddedSnapshot(cluster, Limit + 1)), cluster));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.ErrorCodeAsync()).Should().Be("payload_too_large");
        (await response.Content.ReadAsStringAsync()).Should().Contain("1048576");
        (await Hub.GetSnapshotAsync(cluster)).Should().BeNull();
    }

    [Test]
    public async Task C91_result_body_over_the_limit_is_413_too()
    {
        var json = $$"""{"commandId":"{{Guid.NewGuid()}}","success":true,"output":"{{new string('x', Limit)}}"}""";

        using var response = await Client.SendAsync(AgentHttp.Result(json, gzip: true));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.ErrorCodeAsync()).Should().Be("payload_too_large");
    }

    /// <remarks>
    /// The server runs in this process, so process-wide figures cover it. Managed bytes allocated during the request
    /// bound how much the managed heap can have grown; the working set covers native memory (the inflater) as well.
    /// </remarks>
    [Test]
    public async Task C92_gzip_of_one_gib_of_spaces_is_refused_within_5_s_with_bounded_memory()
    {
        await using var server = await AgentSdkServer.StartAsync(settings => settings.Remove("Master:AgentSdk:SnapshotMaxBytes"));
        var bomb = GzipOfOneGibOfSpaces.Value;
        bomb.Length.Should().BeLessThan(2 * Limit, "a gzip of 1 GiB of spaces is about 1 MiB");
        using var request = AgentHttp.Snapshot(bomb, AgentHttp.NewClusterId());
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var workingSetBefore = process.WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();

        using var response = await server.Client.SendAsync(request);

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var workingSetGrowth = process.WorkingSet64 - workingSetBefore;
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.ErrorCodeAsync()).Should().Be("payload_too_large");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        allocated.Should().BeLessThan(MemoryBound);
        workingSetGrowth.Should().BeLessThan(MemoryBound);
    }

    [Test]
    public async Task C93_declared_length_over_the_limit_is_413_without_the_body_being_read()
    {
        var cluster = AgentHttp.NewClusterId();
        using var socket = await RawHttp.ConnectAsync(Server.Port);

        // The headers promise 2 MiB and not one body byte follows: a server that read the body would never answer.
        await RawHttp.SendAsync(socket,
            "POST /agent/snapshot HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            $"X-Cluster-ID: {cluster}\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {2 * Limit}\r\n\r\n");

        var (status, _, body) = await RawHttp.ReadReplyAsync(socket);
        status.Should().Be(413);
        body.Should().Contain("\"payload_too_large\"");
        (await Hub.GetSnapshotAsync(cluster)).Should().BeNull();
    }

    /// <summary>A minimal snapshot padded with spaces inside the object to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] PaddedSnapshot(string cluster, int length)
    {
        var head = $$"""{"clusterId":"{{cluster}}","fetchedAt":"2025-06-12T14:03:10+08:00",""";
        const string Tail = "\"pods\":[]}";
        var json = head + new string(' ', length - head.Length - Tail.Length) + Tail;
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes.Length.Should().Be(length);
        return bytes;
    }
}
