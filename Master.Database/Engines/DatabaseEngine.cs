using System.Data.Common;
using System.Globalization;
using Master.Database.Migrations;

namespace Master.Database.Engines;

/// <summary>
/// What differs between the engines, and nothing more: opening a pooled connection, the migration lock, the column types
/// of the schema and the few statements whose syntax is not shared. Everything else is the same parameterised SQL, which
/// repositories run through <see cref="RunAsync{T}"/> and <see cref="InTransactionAsync{T}"/>.
/// </summary>
internal abstract class DatabaseEngine : IAsyncDisposable
{
    public abstract DatabaseType Type { get; }

    /// <summary>Opens a pooled connection, prepared the way every statement of Master expects it.</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> on a pooled connection of its own, given back to the pool when the work is done: the
    /// one way a repository runs statements that need no transaction.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(connection).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction on a connection of its own. The work commits; a transaction it
    /// returns from without committing, or leaves by an exception, is rolled back.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (TransactionGate is not { } gate)
        {
            return await RunTransactionAsync(work, cancellationToken).ConfigureAwait(false);
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunTransactionAsync(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<T> RunTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                return await work(connection, transaction).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// When set, the transactions of <see cref="InTransactionAsync{T}"/> take turns on it, for an engine whose writers
    /// exclude each other anyway and wait for each other worse than a queue does.
    /// </summary>
    private protected virtual SemaphoreSlim? TransactionGate => null;

    /// <summary>Holds the one lock that serialises migrations across every process sharing the database.</summary>
    public abstract Task<MigrationLock> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>The column types and table options that the schema's neutral DDL names in braces (<c>{id}</c>, ...).</summary>
    public abstract IReadOnlyDictionary<string, string> SchemaTypes { get; }

    /// <summary>
    /// An insert of <paramref name="columns"/> (bound as <c>@column</c>) that, when a row with the same
    /// <paramref name="keyColumns"/> exists, updates <paramref name="updateColumns"/> instead (default: every column
    /// that is not a key). Table and column names come from code, never from input. Only for tables whose one unique key
    /// is <paramref name="keyColumns"/>: MySQL's <c>ON DUPLICATE KEY</c> fires on any unique key of the table. With
    /// <paramref name="changeColumns"/> (a subset of the update columns), an existing row whose change columns all equal
    /// the new ones is left alone, its other update columns (an <c>updated_at</c>) included: a repeat of the same data
    /// writes nothing, which on PostgreSQL also means no dead row version and no index entries.
    /// </summary>
    public string Upsert(
        string table,
        IReadOnlyList<string> columns,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<string>? updateColumns = null,
        IReadOnlyList<string>? changeColumns = null) =>
        $"INSERT INTO {table} ({Columns(columns)}) VALUES ({Parameters(columns)}) "
        + UpsertClause(table, keyColumns, updateColumns ?? [.. columns.Except(keyColumns)], changeColumns);

    /// <summary>
    /// An insert of <paramref name="columns"/> (bound as <c>@column</c>) that does nothing when a row with the same
    /// <paramref name="keyColumns"/> exists, so its row count says whether the row is new. Unlike catching a unique
    /// violation it leaves the transaction usable: on PostgreSQL a failed statement aborts it. Table and column names come
    /// from code, never from input. Only for tables whose one unique key besides an auto-increment id is
    /// <paramref name="keyColumns"/>: MySQL's <c>INSERT IGNORE</c> skips a row that collides on any unique key, and it
    /// also turns the other errors a row can raise (a value too long, a missing foreign key) into warnings, so a caller
    /// checks first what must hold.
    /// </summary>
    public abstract string InsertOrIgnore(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>
    /// <paramref name="select"/> made to lock the rows it returns until the transaction ends, so that a check made on
    /// them still holds when the write that depends on it commits. The rows it returns are the latest committed ones.
    /// </summary>
    public virtual string LockingSelect(string select) => select + " FOR UPDATE";

    /// <summary>Whether <paramref name="exception"/> is a unique or primary-key constraint refusing a row.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    protected abstract string UpsertClause(
        string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns, IReadOnlyList<string>? changeColumns);

    /// <summary>Turns an <c>INSERT</c> into one whose single result is the auto-increment <c>id</c> of the new row.</summary>
    public abstract string InsertReturningId(string insert);

    /// <summary>The parameter value of a timestamp column: always UTC, in the engine's own type.</summary>
    public virtual object Timestamp(DateTimeOffset value) => DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Utc);

    /// <summary>Reads a timestamp column written through <see cref="Timestamp"/>.</summary>
    public virtual DateTimeOffset ReadTimestamp(object value) => value switch
    {
        DateTimeOffset offset => offset.ToUniversalTime(),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidCastException($"a {value.GetType().Name} is not a timestamp"),
    };

    public abstract ValueTask DisposeAsync();

    /// <summary>Replaces each <c>{token}</c> of neutral DDL with this engine's spelling.</summary>
    public string Render(string neutralSql)
    {
        var sql = neutralSql;
        foreach (var (token, spelling) in SchemaTypes)
        {
            sql = sql.Replace("{" + token + "}", spelling, StringComparison.Ordinal);
        }

        return sql;
    }

    protected static string Columns(IEnumerable<string> columns) => string.Join(", ", columns);

    protected static string Parameters(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => "@" + c));
}
