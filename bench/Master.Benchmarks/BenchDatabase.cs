using Master.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Master.Benchmarks;

/// <summary>
/// A fresh database of a benchmark's own on a real engine: a SQLite file in the temp folder, or a database on the
/// PostgreSQL server of <c>MASTER_TEST_POSTGRES</c> (<c>source tests/servers/start.sh</c>). Dropped when disposed.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private const string PostgresVariable = "MASTER_TEST_POSTGRES";

    private readonly string? _sqlitePath;
    private readonly string? _postgresServer;
    private readonly string? _postgresDsn;
    private readonly string _name;

    private BenchDatabase(IReadOnlyDictionary<string, string?> settings, string name, string? sqlitePath, string? postgresServer, string? postgresDsn)
    {
        Settings = settings;
        _name = name;
        _sqlitePath = sqlitePath;
        _postgresServer = postgresServer;
        _postgresDsn = postgresDsn;
    }

    /// <summary>The <c>Master:Database</c> configuration of this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<BenchDatabase> CreateAsync(DatabaseType engine)
    {
        var name = "master_bench_" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { [$"{DatabaseOptions.SectionName}:Type"] = engine.ToString() };
        if (engine == DatabaseType.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), name + ".db");
            settings[$"{DatabaseOptions.SectionName}:Path"] = path;
            return new BenchDatabase(settings, name, path, null, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set; run `source tests/servers/start.sh` first, in the shell that runs the benchmarks");
        }

        // The name is ours, from a Guid: safe to splice into DDL, which takes no parameters for names.
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var dsn = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        settings[$"{DatabaseOptions.SectionName}:Dsn"] = dsn;
        return new BenchDatabase(settings, name, null, server, dsn);
    }

    /// <summary>
    /// On PostgreSQL every updated or deleted row leaves a dead version behind (and new entries in every index of a
    /// changed column): without a vacuum between iterations each one is slower than the one before, so they would not
    /// measure the same thing. Autovacuum does this in production, though only about once a minute. SQLite updates in
    /// place and needs nothing.
    /// </summary>
    public void Vacuum(string table)
    {
        if (_postgresDsn is null)
        {
            return;
        }

        using var connection = new NpgsqlConnection(_postgresDsn);
        connection.Open();
        using var command = new NpgsqlCommand($"VACUUM {table}", connection);
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqlitePath + suffix);
            }
        }

        if (_postgresServer is not null)
        {
            await ExecuteAsync(_postgresServer, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
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
