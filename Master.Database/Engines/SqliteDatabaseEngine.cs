using System.Data.Common;
using System.Globalization;
using Master.Database.Migrations;
using Microsoft.Data.Sqlite;

namespace Master.Database.Engines;

/// <summary>
/// A SQLite file in WAL mode: readers never block the one writer, and a writer waits (busy timeout) instead of failing
/// when another holds the lock. Microsoft.Data.Sqlite pools connections without a size limit; SQLite serialises writers
/// on the file anyway, so <see cref="DatabaseOptions.MaxConnections"/> does not apply.
/// </summary>
internal sealed class SqliteDatabaseEngine : DatabaseEngine
{
    private const int BusyTimeoutMilliseconds = 30_000;

    // Settings that SQLite keeps per connection (busy_timeout, foreign_keys) must be set on every one; journal_mode
    // is stored in the file, setting it again is a no-op.
    private const string ConnectionSetup = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";

    private readonly string _connectionString;

    // SQLite lets one writer in at a time, and a writer that finds the file locked sleeps in its busy handler in steps
    // of up to 100 ms, so it starts well after the lock was freed. Queued here, the next transaction of this process
    // starts the moment the last one ends; the busy timeout is left for other processes and statements outside a
    // transaction. Never disposed: it holds no wait handle, and a late write after the store was disposed still works.
    private readonly SemaphoreSlim _transactions = new(1, 1);

    public SqliteDatabaseEngine(DatabaseOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public override DatabaseType Type => DatabaseType.Sqlite;

    private protected override SemaphoreSlim TransactionGate => _transactions;

    public override IReadOnlyDictionary<string, string> SchemaTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "INTEGER PRIMARY KEY AUTOINCREMENT",
        ["bigint"] = "BIGINT",
        ["int"] = "INTEGER",
        ["string"] = "VARCHAR(255)",
        ["text"] = "TEXT",
        ["json"] = "TEXT",
        ["bool"] = "BOOLEAN",
        ["timestamp"] = "TEXT",
        ["table"] = string.Empty,
    };

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionSetup;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// <c>BEGIN IMMEDIATE</c> takes the file's write lock at once, so a second migrator waits (busy timeout) until the
    /// first commits and then sees its migrations. The lock is the transaction every migration runs in.
    /// </summary>
    public override async Task<MigrationLock> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var transaction = await Task.Run(() => ((SqliteConnection)connection).BeginTransaction(deferred: false), cancellationToken)
            .ConfigureAwait(false);
        return new MigrationLock(transaction, static () => ValueTask.CompletedTask);
    }

    // IS NOT is SQLite's null-safe "differs".
    protected override string UpsertClause(
        string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns, IReadOnlyList<string>? changeColumns) =>
        $"ON CONFLICT ({Columns(keyColumns)}) DO UPDATE SET " + string.Join(", ", updateColumns.Select(c => $"{c} = excluded.{c}"))
        + (changeColumns is null ? string.Empty : " WHERE " + string.Join(" OR ", changeColumns.Select(c => $"{table}.{c} IS NOT excluded.{c}")));

    public override string InsertOrIgnore(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({Columns(columns)}) VALUES ({Parameters(columns)}) ON CONFLICT ({Columns(keyColumns)}) DO NOTHING";

    /// <summary>
    /// SQLite has no row locks, and needs none: a transaction of <see cref="DatabaseEngine.InTransactionAsync{T}"/> begins
    /// <c>IMMEDIATE</c> (Microsoft.Data.Sqlite's default), so it holds the file's write lock before its first read and
    /// every other writer waits until it ends.
    /// </summary>
    public override string LockingSelect(string select) => select;

    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended result codes).
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    public override string InsertReturningId(string insert) => insert + " RETURNING id";

    /// <summary>SQLite has no timestamp type: ISO 8601 text in UTC with a fixed width, so text order is time order.</summary>
    public override object Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public override ValueTask DisposeAsync()
    {
        // Pooled handles keep the file (and its -wal and -shm files) open after the store is done with it.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
