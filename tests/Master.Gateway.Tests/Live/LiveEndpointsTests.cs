using System.Net;
using System.Net.WebSockets;
using Master.Gateway.Tests.Support;
using Master.Testing.Snapshots;

namespace Master.Gateway.Tests.Live;

/// <summary><c>GET /api/v2/subscribe</c> on the real host: what a client is sent, and what it may send.</summary>
public sealed class LiveEndpointsTests
{
    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public void OneTimeSetUp() => _factory = new GatewayFactory();

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Subscribe_is_acknowledged_with_every_topic_of_the_connection()
    {
        using var client = await LiveClient.ConnectAsync(_factory);

        var first = await client.SubscribeAsync("clusters");
        var second = await client.SubscribeAsync("commands");
        await client.SendAsync("""{"unsubscribe": ["clusters", "alerts"]}""");
        var third = await client.ReceiveAsync();

        first.ShouldEqualJson("""{"type": "subscribed", "at": "2025-06-12T06:00:00Z", "data": {"topics": ["clusters"]}}""");
        second["data"].ShouldEqualJson("""{"topics": ["clusters", "commands"]}""");
        third.ShouldEqualJson("""{"type": "unsubscribed", "at": "2025-06-12T06:00:00Z", "data": {"topics": ["commands"]}}""");
    }

    [Test]
    public async Task Snapshot_pushed_by_an_agent_is_announced_with_its_version()
    {
        var clusterId = NewClusterId();
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("clusters");

        await _factory.Agent.SendSnapshotAsync(clusterId, SnapshotFixtureBuilder.Create(clusterId).ToJson());
        var (updated, _) = await client.ReceiveUntilAsync("cluster.updated", clusterId);

        var version = (await _factory.Hub.GetSnapshotAsync(clusterId))!.Version;
        updated.ShouldEqualJson($$$"""
            {"type": "cluster.updated", "at": "2025-06-12T06:00:00Z", "data": {"clusterId": "{{{clusterId}}}", "version": {{{version}}}}}
            """);
    }

    [Test]
    public async Task First_heartbeat_announces_the_cluster_online()
    {
        var clusterId = NewClusterId();
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("clusters");

        await _factory.Agent.HeartbeatAsync(clusterId);
        var (online, _) = await client.ReceiveUntilAsync("cluster.online", clusterId);

        online.ShouldEqualJson($$$"""{"type": "cluster.online", "at": "2025-06-12T06:00:00Z", "data": {"clusterId": "{{{clusterId}}}"}}""");
    }

    [Test]
    public async Task Forgotten_cluster_is_announced_removed()
    {
        var clusterId = NewClusterId();
        await _factory.Agent.HeartbeatAsync(clusterId);
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("clusters");

        await _factory.Hub.RemoveClusterAsync(clusterId);
        var (removed, _) = await client.ReceiveUntilAsync("cluster.removed", clusterId);

        removed.ShouldEqualJson($$$"""{"type": "cluster.removed", "at": "2025-06-12T06:00:00Z", "data": {"clusterId": "{{{clusterId}}}"}}""");
    }

    [Test]
    public async Task Command_change_carries_the_public_fields_of_the_command()
    {
        var command = FleetFixtures.NewCommand(NewClusterId());
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("commands");

        await _factory.Hub.EnqueueCommandAsync(command);
        var (updated, _) = await client.ReceiveUntilAsync("command.updated", command.ClusterId);

        updated.ShouldEqualJson($$$"""
            {"type": "command.updated", "at": "2025-06-12T06:00:00Z",
             "data": {"id": "{{{command.Id}}}", "clusterId": "{{{command.ClusterId}}}", "action": "scale", "kind": "Deployment",
                      "namespace": "shop", "name": "api", "source": "web", "createdBy": "alice", "status": "pending",
                      "createdAt": "2025-06-12T06:00:00Z", "expiresAt": "2025-06-12T06:10:00Z",
                      "dispatchedAt": null, "finishedAt": null}}
            """);
    }

    [Test]
    public async Task Nothing_is_sent_for_a_topic_that_is_not_subscribed()
    {
        var clusterId = NewClusterId();
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("clusters");

        await _factory.Hub.EnqueueCommandAsync(FleetFixtures.NewCommand(clusterId));
        await _factory.Agent.HeartbeatAsync(clusterId);
        var (_, before) = await client.ReceiveUntilAsync("cluster.online", clusterId);

        before.Select(message => message["type"]!.GetValue<string>()).Should().NotContain("command.updated");
    }

    [Test]
    public async Task Nothing_is_sent_for_a_topic_after_it_is_unsubscribed()
    {
        var clusterId = NewClusterId();
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("clusters", "commands");
        await client.SendAsync("""{"unsubscribe": ["commands"]}""");
        (await client.ReceiveAsync())["type"]!.GetValue<string>().Should().Be("unsubscribed");

        await _factory.Hub.EnqueueCommandAsync(FleetFixtures.NewCommand(clusterId));
        await _factory.Agent.HeartbeatAsync(clusterId);
        var (_, before) = await client.ReceiveUntilAsync("cluster.online", clusterId);

        before.Select(message => message["type"]!.GetValue<string>()).Should().NotContain("command.updated");
    }

    [TestCase("""{"subscribe": ["clusters", "pods"]}""", "unknown_topic", "'pods'")]
    [TestCase("""{"subscribe": ["clusters"]""", "invalid_json", "not valid JSON")]
    [TestCase("""{"subscribe": "clusters"}""", "invalid_message", "array of topic names")]
    [TestCase("""{"topics": ["clusters"]}""", "invalid_message", "subscribe or unsubscribe")]
    [TestCase("""["clusters"]""", "invalid_message", "subscribe or unsubscribe")]
    public async Task Bad_message_is_answered_with_an_error_and_the_connection_stays_usable(string sent, string code, string says)
    {
        using var client = await LiveClient.ConnectAsync(_factory);

        await client.SendAsync(sent);
        var error = await client.ReceiveAsync();
        var ack = await client.SubscribeAsync("clusters");

        error["type"]!.GetValue<string>().Should().Be("error");
        error["at"]!.GetValue<string>().Should().Be("2025-06-12T06:00:00Z");
        error["data"]!["code"]!.GetValue<string>().Should().Be(code);
        error["data"]!["message"]!.GetValue<string>().Should().Contain(says);
        ack["data"].ShouldEqualJson("""{"topics": ["clusters"]}""");
    }

    [Test]
    public async Task Unknown_topic_changes_nothing_even_next_to_known_ones()
    {
        using var client = await LiveClient.ConnectAsync(_factory);

        await client.SendAsync("""{"subscribe": ["commands", "pods"]}""");
        await client.ReceiveAsync();
        var ack = await client.SubscribeAsync("clusters");

        ack["data"].ShouldEqualJson("""{"topics": ["clusters"]}""");
    }

    [Test]
    public async Task Binary_message_is_answered_with_an_error_and_the_connection_stays_usable()
    {
        using var client = await LiveClient.ConnectAsync(_factory);

        await client.SendAsync("""{"subscribe": ["clusters"]}""", WebSocketMessageType.Binary);
        var error = await client.ReceiveAsync();
        await client.SubscribeAsync("clusters");

        error["data"]!["code"]!.GetValue<string>().Should().Be("binary_not_supported");
    }

    [Test]
    public async Task Over_long_message_is_answered_with_an_error_then_closed_with_1009()
    {
        using var client = await LiveClient.ConnectAsync(_factory);

        await client.SendAsync("""{"subscribe": [""" + string.Join(", ", Enumerable.Repeat("\"clusters\"", 1000)) + "]}");
        var error = await client.ReceiveAsync();
        var next = await client.ReceiveOrCloseAsync();

        error["data"]!["code"]!.GetValue<string>().Should().Be("message_too_large");
        error["data"]!["message"]!.GetValue<string>().Should().Contain("4096 bytes");
        next.Should().BeNull();
        client.Socket.CloseStatus.Should().Be(WebSocketCloseStatus.MessageTooBig);
    }

    [Test]
    public async Task Client_close_is_answered_with_a_close_frame_and_the_connection_released()
    {
        using var client = await LiveClient.ConnectAsync(_factory);
        await client.SubscribeAsync("clusters");

        using var timeout = new CancellationTokenSource(LiveClient.Patience);
        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        client.Socket.State.Should().Be(WebSocketState.Closed);
        client.Socket.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        await LiveScrape.WaitForAsync(_factory, "master_live_connections", value => value == 0);
    }

    [Test]
    public async Task Plain_get_is_refused_400_with_the_error_envelope()
    {
        var viewer = _factory.ClientWith(await LiveClient.ViewerTokenAsync(_factory));

        var (status, body) = await viewer.GetJsonAsync("/api/v2/subscribe");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("bad_request");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("WebSocket");
    }

    private static string NewClusterId() => "live-" + Guid.NewGuid().ToString("N")[..12];
}
