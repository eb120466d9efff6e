using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Live;

/// <summary>A client that stops reading is dropped in bounded time, and the others are served meanwhile.</summary>
public sealed class LiveSlowConsumerTests
{
    private const string DroppedSeries = "master_live_clients_dropped_total";

    // Far more than the flood below lets a reading client fall behind (one batch), so only the slow one goes.
    private const int QueueCapacity = 64;

    [Test]
    public async Task Client_that_never_reads_is_dropped_while_a_reading_client_receives_everything()
    {
        await using var factory = new GatewayFactory(new Dictionary<string, string>
        {
            ["Master:Gateway:Live:QueueCapacity"] = QueueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Master:Gateway:Live:SendTimeout"] = "00:00:00.500",
        });
        using var slow = await LiveClient.ConnectAsync(factory, receiveBufferBytes: 4096);
        await slow.SubscribeAsync("commands");
        using var other = await LiveClient.ConnectAsync(factory);
        await other.SubscribeAsync("commands", "clusters");
        var received = Channel.CreateUnbounded<JsonNode>();
        var commandsRead = 0;
        var reading = ReadAllAsync(other, received.Writer, () => Interlocked.Increment(ref commandsRead));

        var (commands, dropped) = await FloodUntilDroppedAsync(factory, () => Volatile.Read(ref commandsRead));
        await factory.Agent.HeartbeatAsync("live-after-drop");
        var before = await ReadUntilOnlineAsync(received.Reader, "live-after-drop");
        using var timeout = new CancellationTokenSource(LiveClient.Patience);
        await other.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        await reading;

        commands.Should().BeGreaterThan(QueueCapacity, "a client is dropped for its backlog, not for the first messages it leaves unread");
        dropped.Should().BeTrue("the slow client should be dropped within {0}", LiveClient.Patience);
        before.Count(message => message["type"]!.GetValue<string>() == "command.updated").Should().Be(commands);
        await ShouldFindTheConnectionEndedAsync(slow);
    }

    /// <summary>
    /// Creates commands with long fields, a few at a time, until Master reports the slow client dropped. Each batch waits
    /// until the reading client has it, so that client never falls behind however busy the machine is.
    /// </summary>
    private static async Task<(int Commands, bool Dropped)> FloodUntilDroppedAsync(GatewayFactory factory, Func<int> commandsRead)
    {
        var sent = 0;
        var deadline = DateTime.UtcNow + LiveClient.Patience;
        while (DateTime.UtcNow < deadline)
        {
            for (var i = 0; i < 5; i++, sent++)
            {
                await factory.Hub.EnqueueCommandAsync(FleetFixtures.NewCommand("live-flood") with { Name = new string('n', 2000) });
            }

            while (commandsRead() < sent && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            var scrape = await PrometheusScrape.ReadAsync(factory.Gateway);
            if (scrape.Samples.Keys.Any(series => series.StartsWith(DroppedSeries, StringComparison.Ordinal)))
            {
                return (sent, true);
            }
        }

        return (sent, false);
    }

    private static async Task ReadAllAsync(LiveClient client, ChannelWriter<JsonNode> received, Action onCommand)
    {
        while (await client.ReceiveOrCloseAsync() is { } message)
        {
            if (message["type"]!.GetValue<string>() == "command.updated")
            {
                onCommand();
            }

            received.TryWrite(message);
        }

        received.Complete();
    }

    private static async Task<IReadOnlyList<JsonNode>> ReadUntilOnlineAsync(ChannelReader<JsonNode> received, string clusterId)
    {
        var before = new List<JsonNode>();
        using var timeout = new CancellationTokenSource(LiveClient.Patience);
        await foreach (var message in received.ReadAllAsync(timeout.Token))
        {
            if (message["type"]!.GetValue<string>() == "cluster.online" && message["data"]!["clusterId"]!.GetValue<string>() == clusterId)
            {
                return before;
            }

            before.Add(message);
        }

        throw new AssertionException($"The reading client was closed: {before.Count} messages and no cluster.online for {clusterId}.");
    }

    /// <summary>A slow client that reads again finds the connection ended: a 1008 close after what was in flight, or a reset.</summary>
    private static async Task ShouldFindTheConnectionEndedAsync(LiveClient slow)
    {
        try
        {
            while (await slow.ReceiveOrCloseAsync() is not null)
            {
            }

            slow.Socket.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
            slow.Socket.CloseStatusDescription.Should().Be("too slow");
        }
        catch (WebSocketException)
        {
            // Dropped by a send timeout: the socket was aborted, as no close frame could get through.
        }
    }
}
