using System.Data.Common;
using Master.Database.Migrations;
using MySqlConnector;

namespace Master.Database.Engines;

/// <summary>
/// MySQL and MariaDB through one MySqlConnector data source, whose pool is capped at
/// <see cref="DatabaseOptions.MaxConnections"/>. Tables use utf8mb4 with the binary collation, so uniqueness and
/// comparisons are case-sensitive as on the other engines.
/// </summary>
internal sealed class MySqlDatabaseEngine : DatabaseEngine
{
    private const string MigrationLockName = "master.schema_migrations";

    // GET_LOCK waits at most this long; a migration holding it longer is stuck, and start-up then fails clearly.
    private const int MigrationLockTimeoutSeconds = 600;

    private readonly MySqlDataSource _dataSource;

    public MySqlDatabaseEngine(DatabaseOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Dsn);
        var builder = new MySqlConnectionStringBuilder(options.Dsn) { MaximumPoolSize = (uint)options.MaxConnections };
        builder.MinimumPoolSize = Math.Min(builder.MinimumPoolSize, builder.MaximumPoolSize);
        _dataSource = new MySqlDataSource(builder.ConnectionString);
    }

    public override DatabaseType Type => DatabaseType.MySql;

    public override IReadOnlyDictionary<string, string> SchemaTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY",
        ["bigint"] = "BIGINT",
        ["int"] = "INT",
        ["string"] = "VARCHAR(255)",
        ["text"] = "LONGTEXT",
        ["json"] = "LONGTEXT",
        ["bool"] = "BOOLEAN",
        ["timestamp"] = "DATETIME(6)",
        ["table"] = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
    };

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>A named server lock held by this connection's session; a second migrator waits in <c>GET_LOCK</c>.</summary>
    public override async Task<MigrationLock> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var acquired = await ScalarAsync(connection, "SELECT GET_LOCK(@name, @timeout)", cancellationToken).ConfigureAwait(false);
        if (acquired is not (1 or 1L))
        {
            throw new DatabaseMigrationLockTimeoutException(MigrationLockName, MigrationLockTimeoutSeconds);
        }

        return new MigrationLock(null, async () =>
            await ScalarAsync(connection, "SELECT RELEASE_LOCK(@name)", CancellationToken.None).ConfigureAwait(false));
    }

    // The key columns are implied: ON DUPLICATE KEY fires on any unique key of the table.
    /// <summary>
    /// MySQL has no WHERE on an upsert, and it applies assignments left to right, each seeing the ones before. So the
    /// columns that only follow a change (<c>updated_at</c>) are assigned first, on the condition that a change column
    /// differs (null-safe <c>&lt;=&gt;</c>), while the change columns still hold their old values; the change columns
    /// are then assigned as they come, which InnoDB does not write when nothing differs.
    /// </summary>
    protected override string UpsertClause(
        string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns, IReadOnlyList<string>? changeColumns)
    {
        if (changeColumns is null)
        {
            return "ON DUPLICATE KEY UPDATE " + string.Join(", ", updateColumns.Select(c => $"{c} = VALUES({c})"));
        }

        var changed = "NOT (" + string.Join(" AND ", changeColumns.Select(c => $"{c} <=> VALUES({c})")) + ")";
        var following = updateColumns.Except(changeColumns).Select(c => $"{c} = IF({changed}, VALUES({c}), {c})");
        return "ON DUPLICATE KEY UPDATE " + string.Join(", ", following.Concat(changeColumns.Select(c => $"{c} = VALUES({c})")));
    }

    // The key columns are implied, as for the upsert: IGNORE skips a row that collides on any unique key.
    public override string InsertOrIgnore(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT IGNORE INTO {table} ({Columns(columns)}) VALUES ({Parameters(columns)})";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry };

    // MySQL has no INSERT ... RETURNING (MariaDB has); LAST_INSERT_ID() is per connection, so it is the id of this insert.
    public override string InsertReturningId(string insert) => insert + "; SELECT LAST_INSERT_ID()";

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = MigrationLockTimeoutSeconds + 30;
        AddParameter(command, "name", MigrationLockName);
        AddParameter(command, "timeout", MigrationLockTimeoutSeconds);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
