using System.Net;
using System.Text;
using Master.AgentSdk.Tests.Support;
using Master.Testing.AgentChannel;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>
/// Snapshot decoding runs with bounded concurrency: a push that finds every decoding slot and every queue place
/// taken is refused at once with 503 and Retry-After, instead of piling bodies up in memory.
/// </summary>
public sealed class SnapshotBackpressureTests
{
    private AgentChannelServer _server = null!;

    [SetUp]
    public async Task StartAsync() => _server = await AgentSdkServer.StartAsync(settings =>
    {
        settings["Master:AgentSdk:MaxConcurrentDecodes"] = "1";
        settings["Master:AgentSdk:MaxQueuedSnapshots"] = "0";
    });

    [TearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task A_push_beyond_the_decoding_capacity_is_503_busy_with_retry_after_and_the_slot_frees_again()
    {
        var holder = AgentHttp.NewClusterId();
        var body = Encoding.UTF8.GetBytes($$"""{"clusterId":"{{holder}}","pods":[]}""");
        using var socket = await RawHttp.ConnectAsync(_server.Port);

        // Kestrel answers 100 Continue only when the endpoint starts reading the body, which it does inside its
        // decoding slot: once the interim reply arrives, the only slot is provably taken.
        await RawHttp.SendAsync(socket,
            "POST /agent/snapshot HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n" +
            $"X-Cluster-ID: {holder}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
        (await RawHttp.ReadReplyAsync(socket)).Status.Should().Be(100);

        var other = AgentHttp.NewClusterId();
        using (var refused = await _server.Client.SendAsync(AgentHttp.Snapshot(Plain(other), other, contentEncoding: null)))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await refused.ErrorCodeAsync()).Should().Be("busy");
            refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        }

        (await _server.Hub().GetSnapshotAsync(other)).Should().BeNull("a refused push must not be stored");

        await socket.SendAsync(body);
        (await RawHttp.ReadReplyAsync(socket)).Status.Should().Be(200);
        using var retried = await _server.Client.SendAsync(AgentHttp.Snapshot(Plain(other), other, contentEncoding: null));
        retried.StatusCode.Should().Be(HttpStatusCode.OK, "the slot is free again once the first push is done");
        (await _server.Hub().GetSnapshotAsync(other)).Should().NotBeNull();
    }

    private static byte[] Plain(string clusterId) => Encoding.UTF8.GetBytes($$"""{"clusterId":"{{clusterId}}","pods":[]}""");
}
