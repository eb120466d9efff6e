using Master.Testing.Servers;
using MySqlConnector;

namespace Master.Database.Tests.Support;

/// <summary>A database of its own on the MySQL or MariaDB server of <c>MASTER_TEST_MYSQL</c>.</summary>
internal sealed class MySqlTestDatabase : TestDatabase
{
    private readonly string _serverConnectionString;
    private readonly string _name;

    private MySqlTestDatabase(string serverConnectionString, string name)
        : base(new DatabaseOptions
        {
            Type = DatabaseType.MySql,
            Dsn = new MySqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString,
        })
    {
        _serverConnectionString = serverConnectionString;
        _name = name;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = TestServers.Require(TestServers.MySqlVariable);
        var name = UniqueName();
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new MySqlTestDatabase(server, name);
    }

    protected override Task DropAsync() => ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS {_name}");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
