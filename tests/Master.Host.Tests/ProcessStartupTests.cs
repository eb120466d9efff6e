using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Master.Host.Tests;

/// <summary>Runs the built host as its own process, the way an operator does, to see what a bad configuration prints.</summary>
[NonParallelizable]
public sealed class ProcessStartupTests
{
    private static async Task<(int ExitCode, string StdErr, string StdOut)> RunHostAsync(IReadOnlyDictionary<string, string> environment)
    {
        var hostDll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MASTER_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stdErr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdOut = process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdErr, await stdOut);
    }

    [Test]
    public async Task Bad_variables_stop_start_up_with_one_line_each_and_no_stack_trace()
    {
        var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string>
        {
            ["MASTER_HTTP_PORT"] = "70000",
            ["MASTER_COMMAND_POLL_TIMEOUT"] = "90s",
            ["MASTER_SNAPSHOT_MAX_BYTES"] = "lots",
            ["MASTER_AGENT_AUTH"] = "token",
        });

        exitCode.Should().Be(2);
        var lines = stdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().HaveCount(4);
        lines.Should().ContainSingle(l => l.StartsWith("MASTER_HTTP_PORT='70000': ", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("MASTER_COMMAND_POLL_TIMEOUT='90s': ", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("MASTER_SNAPSHOT_MAX_BYTES='lots': ", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("MASTER_AGENT_TOKENS='': ", StringComparison.Ordinal));
        (stdErr + stdOut).Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Test]
    public async Task One_bad_variable_stops_start_up_with_one_line_naming_it()
    {
        var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string> { ["MASTER_HEARTBEAT_TIMEOUT"] = "forever" });

        exitCode.Should().Be(2);
        stdErr.Trim().Should().Be("MASTER_HEARTBEAT_TIMEOUT='forever': expected a duration from 100ms to 1d, such as 45s");
        stdOut.Should().BeEmpty();
    }

    [Test]
    public async Task Occupied_port_stops_start_up_with_one_line_naming_the_variable_and_no_stack_trace()
    {
        using var occupant = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        occupant.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        occupant.Listen();
        var port = ((IPEndPoint)occupant.LocalEndPoint!).Port;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "master-host-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string>
            {
                ["MASTER_HTTP_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["MASTER_AGENT_PORT"] = "0",
                ["MASTER_BIND_ADDRESS"] = "127.0.0.1",
                ["MASTER_DATA_DIR"] = dataDirectory,
            });

            exitCode.Should().Be(2);
            stdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Should().ContainSingle()
                .Which.Should().Be($"MASTER_HTTP_PORT='{port}': cannot listen on http://127.0.0.1:{port} (Address already in use); "
                    + "expected a port that is free on 127.0.0.1");
            (stdErr + stdOut).Should().NotContain("   at ").And.NotContain("Hosting failed to start").And.NotContain("Exception");
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    [Test]
    public async Task Bad_redis_database_stops_start_up_with_one_line_naming_it()
    {
        var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string>
        {
            ["MASTER_DATAHUB_TYPE"] = "redis",
            ["MASTER_REDIS_DB"] = "16",
        });

        exitCode.Should().Be(2);
        stdErr.Trim().Should().Be("MASTER_REDIS_DB='16': expected a whole number from 0 to 15");
        stdOut.Should().BeEmpty();
    }

    [Test]
    public async Task Bad_token_list_is_stopped_by_the_agent_channel_validator_without_a_stack_trace()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "master-host-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string>
            {
                ["MASTER_HTTP_PORT"] = "0",
                ["MASTER_AGENT_PORT"] = "0",
                ["MASTER_BIND_ADDRESS"] = "127.0.0.1",
                ["MASTER_DATA_DIR"] = dataDirectory,
                ["MASTER_AGENT_AUTH"] = "token",
                ["MASTER_AGENT_TOKENS"] = "prod=tiny-secret",
            });

            exitCode.Should().Be(2);
            stdErr.Should().Contain("MASTER_AGENT_TOKENS").And.NotContain("tiny-secret");
            (stdErr + stdOut).Should().NotContain("   at ").And.NotContain("Hosting failed to start");
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    [Test]
    public async Task Unreachable_database_server_stops_start_up_with_one_line_that_hides_the_dsn()
    {
        int closedPort;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            closedPort = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string>
        {
            ["MASTER_HTTP_PORT"] = "0",
            ["MASTER_AGENT_PORT"] = "0",
            ["MASTER_BIND_ADDRESS"] = "127.0.0.1",
            ["MASTER_DATA_DIR"] = Path.Combine(Path.GetTempPath(), "master-host-tests-" + Guid.NewGuid().ToString("N")),
            ["MASTER_DB_TYPE"] = "postgres",
            ["MASTER_DB_DSN"] = $"Host=127.0.0.1;Port={closedPort};Username=master;Password=secret-pw;Timeout=3",
        });

        exitCode.Should().Be(2);
        stdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Should().ContainSingle()
            .Which.Should().StartWith("MASTER_DB_DSN: the relational store (postgres) cannot be opened or migrated: ");
        (stdErr + stdOut).Should().NotContain("secret-pw").And.NotContain("   at ").And.NotContain("Hosting failed to start");
    }

    [Test]
    public async Task Database_newer_than_the_binary_stops_start_up_with_one_line_saying_so()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "master-host-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var databasePath = Path.Combine(dataDirectory, "master.db");
        try
        {
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL,
                        applied_at TEXT NOT NULL, checksum VARCHAR(255) NOT NULL);
                    INSERT INTO schema_migrations VALUES (999, 'from a later release', '2030-01-01T00:00:00.0000000Z', 'x');
                    """;
                await command.ExecuteNonQueryAsync();
            }

            var (exitCode, stdErr, stdOut) = await RunHostAsync(new Dictionary<string, string>
            {
                ["MASTER_HTTP_PORT"] = "0",
                ["MASTER_AGENT_PORT"] = "0",
                ["MASTER_BIND_ADDRESS"] = "127.0.0.1",
                ["MASTER_DATA_DIR"] = dataDirectory,
            });

            exitCode.Should().Be(2);
            stdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Should().ContainSingle()
                .Which.Should().Be($"MASTER_DB_PATH='{databasePath}': the relational store (sqlite) cannot be opened or migrated: "
                    + "the database is at schema version 999, but this version of Master knows migrations only up to 4; run a Master "
                    + "release that knows version 999 or later, or point it at another database");
            (stdErr + stdOut).Should().NotContain("   at ").And.NotContain("Hosting failed to start");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
