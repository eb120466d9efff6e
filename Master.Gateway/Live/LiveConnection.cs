using System.Net.WebSockets;
using System.Threading.Channels;

namespace Master.Gateway.Live;

/// <summary>
/// One client of <c>/api/v2/subscribe</c>. Everything it is sent goes through a bounded queue drained by a single sender
/// (a WebSocket allows one send at a time): a full queue or a send that outlasts <see cref="LiveOptions.SendTimeout"/>
/// drops the client, so a slow client costs at most <see cref="LiveOptions.QueueCapacity"/> messages and never holds up
/// the fan-out.
/// </summary>
internal sealed partial class LiveConnection : IDisposable
{
    private readonly WebSocket _socket;
    private readonly LiveFrames _frames;
    private readonly LiveOptions _options;
    private readonly LiveMetrics _metrics;
    private readonly Channel<ReadOnlyMemory<byte>> _outbox;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _sync = new();
    private LiveTopic _topics;
    private Closing? _closing;

    public LiveConnection(WebSocket socket, LiveFrames frames, LiveOptions options, LiveMetrics metrics)
    {
        _socket = socket;
        _frames = frames;
        _options = options;
        _metrics = metrics;
        _outbox = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _receiveBuffer = new byte[options.MaxClientMessageBytes];
    }

    /// <summary>Queues <paramref name="frame"/> if the client holds its topic; called by the fan-out only.</summary>
    public void Offer(LiveFrame frame)
    {
        lock (_sync)
        {
            if ((_topics & frame.Topic) != LiveTopic.None)
            {
                Enqueue(frame.Utf8);
            }
        }
    }

    /// <summary>Ends the connection now with a close frame, not sending what is queued; false when it was already closing.</summary>
    public bool Close(WebSocketCloseStatus status, string reason) => RequestClose(status, reason, drain: false);

    /// <summary>Serves the client until either side closes, the client is dropped, or <paramref name="requestAborted"/> fires.</summary>
    public async Task RunAsync(CancellationToken requestAborted)
    {
        var receiving = ReceiveAllAsync(requestAborted);
        await SendAllAsync().ConfigureAwait(false);

        // Our close frame is out (or the socket is gone): give the client as long as a send to answer with its own.
        try
        {
            await receiving.WaitAsync(_options.SendTimeout, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _socket.Abort();
            await receiving.ConfigureAwait(false);
        }
    }

    public void Dispose() => _stop.Dispose();

    private void Enqueue(ReadOnlyMemory<byte> utf8)
    {
        // A completed queue refuses too, but then a close is already under way and this request changes nothing.
        if (!_outbox.Writer.TryWrite(utf8) && RequestClose(WebSocketCloseStatus.PolicyViolation, LiveCloseStatus.TooSlow, drain: false))
        {
            _metrics.Dropped("queue_full");
        }
    }

    /// <summary>Records the first close asked for and stops the queue; false when a close was already under way.</summary>
    private bool RequestClose(WebSocketCloseStatus status, string reason, bool drain)
    {
        if (Interlocked.CompareExchange(ref _closing, new Closing(status, reason), null) is not null)
        {
            return false;
        }

        _outbox.Writer.TryComplete();
        if (!drain)
        {
            _stop.Cancel();
        }

        return true;
    }

    private async Task SendAllAsync()
    {
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                while (!_stop.IsCancellationRequested && _outbox.Reader.TryRead(out var utf8))
                {
                    if (!await TrySendAsync(utf8).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Closing without draining: what is queued is dropped with the connection.
        }

        await CloseOutputAsync().ConfigureAwait(false);
    }

    /// <summary>Sends one message; false when the socket is gone, aborted here if the send outlasted the timeout.</summary>
    private async Task<bool> TrySendAsync(ReadOnlyMemory<byte> utf8)
    {
        // Wall-clock time: this bounds a real socket, whatever clock the rest of Master runs on.
        using var timeout = new CancellationTokenSource(_options.SendTimeout);
        try
        {
            await _socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
            _metrics.Sent();
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A cancelled send aborts the socket: with the kernel's buffer full, a close frame could not get out anyway.
            if (RequestClose(WebSocketCloseStatus.PolicyViolation, LiveCloseStatus.TooSlow, drain: false))
            {
                _metrics.Dropped("send_timeout");
            }

            return false;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The connection failed or was aborted by the receiving side, which ends the connection itself.
            RequestClose(WebSocketCloseStatus.EndpointUnavailable, string.Empty, drain: false);
            return false;
        }
    }

    private async Task CloseOutputAsync()
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        // The queue stops only through RequestClose, so the reason is known here.
        var closing = Volatile.Read(ref _closing)!;
        using var timeout = new CancellationTokenSource(_options.SendTimeout);
        try
        {
            await _socket.CloseOutputAsync(closing.Status, closing.Reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // Gone or aborted by the timeout: there is nobody left to tell.
        }
    }

    /// <summary>How the connection ends, decided once by whoever asks first.</summary>
    private sealed record Closing(WebSocketCloseStatus Status, string Reason);
}
