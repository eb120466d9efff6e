using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Master.AgentSdk.Tests.Support;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not do: promise a body and never send it, stop reading a
/// reply half way, or reset the connection.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Connects to the loopback port; a small <paramref name="receiveBufferSize"/> keeps the TCP window small.</summary>
    public static async Task<Socket> ConnectAsync(int port, int? receiveBufferSize = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (receiveBufferSize is { } size)
        {
            // Set before connecting: the window offered in the handshake follows it.
            socket.ReceiveBufferSize = size;
        }

        await socket.ConnectAsync(IPAddress.Loopback, port);
        return socket;
    }

    public static async Task SendAsync(Socket socket, string head) =>
        await socket.SendAsync(Encoding.ASCII.GetBytes(head), SocketFlags.None);

    /// <summary>Reads one reply (head and <c>Content-Length</c> body); fails after a safety timeout.</summary>
    public static async Task<(int Status, string Head, string Body)> ReadReplyAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            received.AddRange(buffer.AsSpan(0, await ReceiveSomeAsync(socket, buffer, timeout.Token)));
        }

        var head = Encoding.ASCII.GetString([.. received.Take(headEnd)]);
        var length = ContentLength(head);
        while (received.Count < headEnd + 4 + length)
        {
            received.AddRange(buffer.AsSpan(0, await ReceiveSomeAsync(socket, buffer, timeout.Token)));
        }

        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, head, Encoding.UTF8.GetString([.. received.Skip(headEnd + 4).Take(length)]));
    }

    /// <summary>Closes with a TCP reset instead of an orderly FIN, as a crashed or killed peer does.</summary>
    public static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private static async Task<int> ReceiveSomeAsync(Socket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
        return read > 0 ? read : throw new IOException("The server closed the connection before the reply was complete.");
    }

    private static int IndexOfHeadEnd(List<byte> received)
    {
        for (var i = 0; i + 3 < received.Count; i++)
        {
            if (received[i] == '\r' && received[i + 1] == '\n' && received[i + 2] == '\r' && received[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
