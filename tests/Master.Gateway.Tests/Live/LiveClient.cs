using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;

namespace Master.Gateway.Tests.Live;

/// <summary>A client of <c>/api/v2/subscribe</c> on a real socket, signed in as a viewer.</summary>
internal sealed class LiveClient : IDisposable
{
    /// <summary>Long enough for a loaded test machine, short enough that a missing message fails the test quickly.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly HttpMessageInvoker? _invoker;

    private LiveClient(ClientWebSocket socket, HttpMessageInvoker? invoker)
    {
        Socket = socket;
        _invoker = invoker;
    }

    public ClientWebSocket Socket { get; }

    /// <summary>
    /// Connects; with <paramref name="receiveBufferBytes"/> the client's kernel buffer is that small, so a client that does
    /// not read pushes back on Master after a few kilobytes instead of a few hundred.
    /// </summary>
    public static async Task<LiveClient> ConnectAsync(GatewayFactory factory, int? receiveBufferBytes = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + await ViewerTokenAsync(factory));
        var uri = new Uri($"ws://{factory.Gateway.BaseAddress!.Authority}/api/v2/subscribe");
        HttpMessageInvoker? invoker = null;
        if (receiveBufferBytes is { } bytes)
        {
            invoker = new HttpMessageInvoker(new SocketsHttpHandler
            {
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = bytes, NoDelay = true };
                    await tcp.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(tcp, ownsSocket: true);
                },
            });
        }

        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(uri, invoker, timeout.Token);
        return new LiveClient(socket, invoker);
    }

    /// <summary>The one place the tests get their token: a viewer is the least role the route admits.</summary>
    public static Task<string> ViewerTokenAsync(GatewayFactory factory) => factory.TokenForAsync(Role.Viewer);

    public async Task SendAsync(string text, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), type, endOfMessage: true, timeout.Token);
    }

    /// <summary>Subscribes and waits for the acknowledgement, after which every message of the topics is delivered.</summary>
    public async Task<JsonNode> SubscribeAsync(params string[] topics)
    {
        await SendAsync(JsonSerializer.Serialize(new { subscribe = topics }));
        var ack = await ReceiveAsync();
        ack["type"]!.GetValue<string>().Should().Be("subscribed", "the reply to a subscribe was {0}", ack.ToJsonString());
        return ack;
    }

    /// <summary>The next message, or null when Master closed the connection.</summary>
    public async Task<JsonNode?> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            await message.WriteAsync(buffer.AsMemory(0, result.Count), timeout.Token);
        }
        while (!result.EndOfMessage);

        result.MessageType.Should().Be(WebSocketMessageType.Text);
        return JsonNode.Parse(message.ToArray())!;
    }

    public async Task<JsonNode> ReceiveAsync() =>
        await ReceiveOrCloseAsync() ?? throw new AssertionException($"Master closed the connection: {Socket.CloseStatus} {Socket.CloseStatusDescription}");

    /// <summary>Reads until a message of <paramref name="type"/> about <paramref name="clusterId"/>, returning it and what came before.</summary>
    public async Task<(JsonNode Message, IReadOnlyList<JsonNode> Before)> ReceiveUntilAsync(string type, string clusterId)
    {
        var before = new List<JsonNode>();
        while (true)
        {
            var message = await ReceiveAsync();
            if (message["type"]!.GetValue<string>() == type && message["data"]?["clusterId"]?.GetValue<string>() == clusterId)
            {
                return (message, before);
            }

            before.Add(message);
        }
    }

    public void Dispose()
    {
        Socket.Dispose();
        _invoker?.Dispose();
    }
}
