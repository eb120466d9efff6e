using System.Net;
using Master.DataHub.Snapshots;
using Master.Gateway.Tests.Support;
using Master.Testing.Snapshots;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Clusters;

/// <summary>A big cluster's snapshot is tens of MB; the reply must go out in chunks as it is written, not whole at the end.</summary>
public sealed class SnapshotStreamingTests
{
    // What the server may hold back between two flushes: a few of the route's chunks, far below the reply.
    private const long MaxHeldBack = 512 * 1024;

    [Test]
    public async Task Large_snapshot_is_flushed_in_chunks_and_arrives_whole()
    {
        var recorder = new ResponseFlushRecorder();
        await using var factory = new GatewayFactory(configureServices: services => services.AddSingleton<IStartupFilter>(recorder));
        var fixture = SnapshotFixtureBuilder.Create("big", pods: 4500, nodes: 60, seed: 7);
        await factory.Agent.SendSnapshotAsync("big", fixture.ToJson());
        var expected = SnapshotJson.Serialize((await factory.Hub.GetSnapshotAsync("big"))!.Snapshot);

        using var response = await factory.Gateway.GetAsync(
            new Uri("/api/v2/clusters/big/snapshot", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var chunked = response.Headers.TransferEncodingChunked;
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        chunked.Should().BeTrue("a streamed reply cannot know its length up front");
        expected.Length.Should().BeGreaterThan(16 << 20, "the test needs a reply of the size a large cluster produces");
        body.Should().Equal(expected);
        recorder.TotalBytes.Should().Be(expected.Length);
        recorder.LargestUnflushedBytes.Should().BeLessThanOrEqualTo(MaxHeldBack);
        recorder.Flushes.Should().BeGreaterThanOrEqualTo((int)(expected.Length / MaxHeldBack));
    }

    [Test]
    public async Task Client_that_leaves_mid_stream_does_not_break_the_next_reply()
    {
        await using var factory = new GatewayFactory();
        var fixture = SnapshotFixtureBuilder.Create("big", pods: 1500, nodes: 20, seed: 8);
        await factory.Agent.SendSnapshotAsync("big", fixture.ToJson());

        using (var leaving = new HttpClient { BaseAddress = factory.Gateway.BaseAddress })
        {
            using var response = await leaving.GetAsync(
                new Uri("/api/v2/clusters/big/snapshot", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[4096];
            (await stream.ReadAsync(buffer)).Should().BeGreaterThan(0);
        }

        using var again = await factory.Gateway.GetAsync(new Uri("/api/v2/clusters/big/snapshot", UriKind.Relative));
        var body = await again.Content.ReadAsByteArrayAsync();

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        body.Should().Equal(SnapshotJson.Serialize((await factory.Hub.GetSnapshotAsync("big"))!.Snapshot));
    }
}
