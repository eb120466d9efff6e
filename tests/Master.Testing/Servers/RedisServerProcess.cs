using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Master.Testing.Servers;

/// <summary>
/// A Redis server of the test's own (the binary of <c>MASTER_TEST_REDIS_SERVER</c>), so the test can stop and restart it.
/// It keeps an append-only file fsynced on every write in a temporary folder, so that a restart loses nothing
/// acknowledged, as a production Redis must be run; it restarts on the same port, so clients reconnect.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _binary;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "master-test-redis-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    private RedisServerProcess(string binary, int port)
    {
        _binary = binary;
        Port = port;
        Directory.CreateDirectory(_folder);
    }

    public int Port { get; }

    /// <summary>The server's address, <c>127.0.0.1:port</c>.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Starts a server on a free loopback port and waits until it answers.</summary>
    public static async Task<RedisServerProcess> StartNewAsync()
    {
        var server = new RedisServerProcess(TestServers.Require(TestServers.RedisServerVariable), FreePort());
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The server is running already.");
        }

        var start = new ProcessStartInfo(_binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
            "--save", string.Empty, "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{_binary} did not start.");
        _process.OutputDataReceived += static (_, _) => { };
        _process.ErrorDataReceived += static (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not come up (exit code {(_process.HasExited ? _process.ExitCode : null)}).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server, as a crash or an outage does, and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _process, null) is { } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    /// <summary>True when the server answers PING now.</summary>
    public async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
