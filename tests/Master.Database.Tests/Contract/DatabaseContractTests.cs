using Dapper;
using Master.Database.Engines;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

/// <summary>
/// The relational store's behaviour, written once and run against every engine by a three-line subclass each: a real
/// SQLite file, a real PostgreSQL and a real MariaDB. Each test gets a fresh database of its own.
/// </summary>
public abstract partial class DatabaseContractTests
{
    /// <summary>Every table of migration 1, as docs/database.md lists them.</summary>
    protected static readonly string[] ExpectedTables =
    [
        "agents", "ai_messages", "ai_sessions", "ai_tool_calls", "alert_history", "alert_rules", "audit_logs", "clusters",
        "command_history", "command_log_chunks", "configuration_apply_history", "configuration_history", "configurations",
        "cluster_events", "event_resource_snapshot", "notify_channels", "schema_migrations", "security_events", "settings",
        "tokens", "users",
    ];

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>A fresh database at the newest schema; its first engine is <c>Engines[0]</c>.</summary>
    private protected async Task<TestDatabase> MigratedAsync()
    {
        var database = await CreateDatabaseAsync();
        await database.CreateMigrator(database.CreateEngine()).MigrateAsync();
        return database;
    }

    private protected static async Task<int> ExecuteAsync(DatabaseEngine engine, string sql, object? parameters = null)
    {
        await using var connection = await engine.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    private protected static async Task<T> ScalarAsync<T>(DatabaseEngine engine, string sql, object? parameters = null)
    {
        await using var connection = await engine.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("no value");
    }

    private protected static Task<int> InsertClusterAsync(DatabaseEngine engine, string id, string name) =>
        ExecuteAsync(engine,
            "INSERT INTO clusters (id, name, environment, created_at, updated_at) VALUES (@id, @name, '', @now, @now)",
            new { id, name, now = engine.Timestamp(DateTimeOffset.UtcNow) });
}
