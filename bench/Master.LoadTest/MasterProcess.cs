using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Master.LoadTest;

/// <summary>
/// The real Master.Host as a child process on two free loopback ports, with a fresh data folder (its SQLite file
/// inside), so each scenario starts from an empty history. Its console output goes to <c>master.log</c> in that folder.
/// </summary>
internal sealed class MasterProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private MasterProcess(Process process, StreamWriter log, string dataDir, int httpPort, int agentPort, string password, bool keepData)
    {
        _process = process;
        _log = log;
        Keep = keepData;
        DataDir = dataDir;
        Gateway = new Uri($"http://127.0.0.1:{httpPort}");
        Agent = new Uri($"http://127.0.0.1:{agentPort}");
        Password = password;
    }

    public const string AdminUsername = "admin";

    public string DataDir { get; }

    public Uri Gateway { get; }

    public Uri Agent { get; }

    public string Password { get; }

    public string LogPath => Path.Combine(DataDir, "master.log");

    /// <summary>Whether the data folder (database and log) survives <see cref="DisposeAsync"/>; set when a run fails.</summary>
    public bool Keep { get; set; }

    /// <summary>
    /// Starts Master and waits until <c>/readyz</c> answers 200. With <c>relaxRateLimits</c> the per-token request limit
    /// (50/s, burst 200 by default) is raised through its documented settings, since one operator token submitting 500
    /// commands a second is exactly what the sustained test does.
    /// </summary>
    public static async Task<MasterProcess> StartAsync(string dll, bool relaxRateLimits, bool keepData, CancellationToken cancellationToken)
    {
        var dataDir = Directory.CreateTempSubdirectory("master-load-").FullName;
        var password = "load-" + Guid.NewGuid().ToString("N");
        var (httpPort, agentPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        if (relaxRateLimits)
        {
            start.ArgumentList.Add("--Master:Gateway:RequestsPerSecond=100000");
            start.ArgumentList.Add("--Master:Gateway:RequestBurst=100000");
        }

        start.Environment["MASTER_HTTP_PORT"] = httpPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MASTER_AGENT_PORT"] = agentPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MASTER_BIND_ADDRESS"] = "127.0.0.1";
        start.Environment["MASTER_DATA_DIR"] = dataDir;
        start.Environment["MASTER_ADMIN_USERNAME"] = AdminUsername;
        start.Environment["MASTER_ADMIN_PASSWORD"] = password;
        start.Environment["MASTER_LOG_LEVEL"] = "Warning";

        var log = new StreamWriter(Path.Combine(dataDir, "master.log")) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => WriteLine(log, line.Data);
        process.ErrorDataReceived += (_, line) => WriteLine(log, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var master = new MasterProcess(process, log, dataDir, httpPort, agentPort, password, keepData);
        try
        {
            await master.WaitReadyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await master.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return master;
    }

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Master exited with code {_process.ExitCode} at start; see {LogPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"Master did not become ready within 60 s; see {LogPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }

        if (!Keep)
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }
}
