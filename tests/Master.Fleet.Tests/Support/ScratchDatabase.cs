using Master.Testing.Servers;
using Npgsql;

namespace Master.Fleet.Tests.Support;

/// <summary>
/// A database of the test's own: a SQLite file in a temporary folder, or a fresh database on the PostgreSQL server of
/// <c>MASTER_TEST_POSTGRES</c> (tests/servers/start.sh), which can also be taken offline to simulate an outage.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _name;

    private ScratchDatabase(IReadOnlyDictionary<string, string?> settings, string? folder, string? server, string? name)
    {
        Settings = settings;
        _folder = folder;
        _server = server;
        _name = name;
    }

    /// <summary>The <c>Master:Database</c> configuration of this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static ScratchDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "master-fleet-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new ScratchDatabase(
            new Dictionary<string, string?> { ["Master:Database:Type"] = "Sqlite", ["Master:Database:Path"] = Path.Combine(folder, "master.db") },
            folder, null, null);
    }

    public static async Task<ScratchDatabase> PostgresAsync()
    {
        var server = TestServers.Require(TestServers.PostgresVariable);
        var name = "master_fleet_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var dsn = new NpgsqlConnectionStringBuilder(server) { Database = name, Timeout = 2 }.ConnectionString;
        return new ScratchDatabase(
            new Dictionary<string, string?> { ["Master:Database:Type"] = "Postgres", ["Master:Database:Dsn"] = dsn },
            null, server, name);
    }

    /// <summary>Refuses new connections and ends the open ones, as a server that went away does; PostgreSQL only.</summary>
    public async Task TakeOfflineAsync()
    {
        await ExecuteAsync(_server!, $"ALTER DATABASE {_name} ALLOW_CONNECTIONS false");
        await ExecuteAsync(_server!, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_name}'");
        NpgsqlConnection.ClearAllPools();
    }

    public Task BringOnlineAsync() => ExecuteAsync(_server!, $"ALTER DATABASE {_name} ALLOW_CONNECTIONS true");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }

        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
