using Master.Testing.Servers;
using Npgsql;

namespace Master.Database.Tests.Support;

/// <summary>A database of its own on the PostgreSQL server of <c>MASTER_TEST_POSTGRES</c>.</summary>
internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _serverConnectionString;
    private readonly string _name;

    private PostgresTestDatabase(string serverConnectionString, string name)
        : base(new DatabaseOptions
        {
            Type = DatabaseType.Postgres,
            Dsn = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString,
        })
    {
        _serverConnectionString = serverConnectionString;
        _name = name;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = TestServers.Require(TestServers.PostgresVariable);
        var name = UniqueName();
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new PostgresTestDatabase(server, name);
    }

    protected override Task DropAsync() => ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
