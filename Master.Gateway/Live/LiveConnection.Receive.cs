using System.Net.WebSockets;

namespace Master.Gateway.Live;

internal sealed partial class LiveConnection
{
    private readonly byte[] _receiveBuffer;

    /// <summary>Reads client messages until the client's close frame or a failure; once closing, messages are ignored.</summary>
    private async Task ReceiveAllAsync(CancellationToken requestAborted)
    {
        try
        {
            while (await ReceiveMessageAsync(requestAborted).ConfigureAwait(false))
            {
            }

            RequestClose(WebSocketCloseStatus.NormalClosure, string.Empty, drain: false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // Aborted, or the client went away without a close frame: the sender has nobody to send to.
            RequestClose(WebSocketCloseStatus.EndpointUnavailable, string.Empty, drain: false);
        }
    }

    /// <summary>Reads and answers one message; false on the client's close frame.</summary>
    private async Task<bool> ReceiveMessageAsync(CancellationToken requestAborted)
    {
        var count = 0;
        var tooLarge = false;
        ValueWebSocketReceiveResult result;
        do
        {
            if (count == _receiveBuffer.Length)
            {
                // Refused as soon as the limit is passed, not when the client has finished sending; the rest is discarded.
                if (!tooLarge && Volatile.Read(ref _closing) is null)
                {
                    Enqueue(_frames.Problem(LiveErrorCodes.MessageTooLarge,
                        $"Messages are limited to {_receiveBuffer.Length} bytes; closing the connection.").Utf8);
                    RequestClose(WebSocketCloseStatus.MessageTooBig, LiveCloseStatus.MessageTooLarge, drain: true);
                }

                (count, tooLarge) = (0, true);
            }

            result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(count), requestAborted).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            count += result.Count;
        }
        while (!result.EndOfMessage);

        if (!tooLarge && Volatile.Read(ref _closing) is null)
        {
            Answer(result.MessageType, _receiveBuffer.AsMemory(0, count));
        }

        return true;
    }

    private void Answer(WebSocketMessageType type, ReadOnlyMemory<byte> message)
    {
        if (type == WebSocketMessageType.Binary)
        {
            Enqueue(_frames.Problem(LiveErrorCodes.BinaryNotSupported,
                $"Binary messages are not accepted; send JSON text such as {LiveRequest.Example}.").Utf8);
            return;
        }

        if (LiveRequest.Parse(message, out var error) is not { } request)
        {
            Enqueue(_frames.Problem(error!.Code, error.Message).Utf8);
            return;
        }

        lock (_sync)
        {
            _topics = request.Subscribe ? _topics | request.Topics : _topics & ~request.Topics;

            // Under the lock the fan-out takes too, so no message of a new topic can overtake its acknowledgement.
            Enqueue(_frames.Topics(request.Subscribe ? LiveFrames.Subscribed : LiveFrames.Unsubscribed, _topics).Utf8);
        }
    }
}
