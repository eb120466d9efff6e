using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Master.Database.Engines;

/// <summary>
/// Writes many rows through the engine's one-row <see cref="DatabaseEngine.Upsert"/> (or a plain insert, see
/// <see cref="Insert"/>), at most <see cref="BatchSize"/> a batch. On PostgreSQL and MySQL a batch is one multi-row statement, one round trip and atomic by itself; on SQLite it
/// is a prepared one-row statement re-run in a transaction. Table and column names come from code, never from input.
/// </summary>
internal sealed class BatchedUpsert
{
    private readonly DatabaseEngine _engine;
    private readonly IReadOnlyList<string> _columns;
    private readonly string _oneRow;
    private readonly string _head;
    private readonly string _tail;

    /// <param name="engine">The engine that spells the upsert.</param>
    /// <param name="table">The table written to.</param>
    /// <param name="columns">The columns of a row, in the order <see cref="WriteAsync"/> takes the values.</param>
    /// <param name="keyColumns">The table's one unique key (see <see cref="DatabaseEngine.Upsert"/>).</param>
    /// <param name="updateColumns">The columns a row that exists already takes from the new one.</param>
    /// <param name="changeColumns">When set, an existing row is updated only if one of these differs (see <see cref="DatabaseEngine.Upsert"/>).</param>
    /// <param name="batchSize">
    /// The most rows a statement carries. Rows times columns must stay below the lowest bind limit (SQLite's 32766).
    /// </param>
    public BatchedUpsert(
        DatabaseEngine engine, string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns,
        IReadOnlyList<string> updateColumns, int batchSize, IReadOnlyList<string>? changeColumns = null)
        : this(engine, engine.Upsert(table, columns, keyColumns, updateColumns, changeColumns), columns, batchSize)
    {
    }

    private BatchedUpsert(DatabaseEngine engine, string oneRow, IReadOnlyList<string> columns, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _engine = engine;
        _columns = columns;
        BatchSize = batchSize;

        // The one-row statement's single VALUES tuple is cut out so that a batch can put many there.
        _oneRow = oneRow;
        var values = "VALUES (" + Parameters(columns) + ")";
        var at = _oneRow.IndexOf(values, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("the one-row statement has no single VALUES tuple to batch");
        }

        _head = _oneRow[..at] + "VALUES ";
        _tail = _oneRow[(at + values.Length)..];
    }

    public int BatchSize { get; }

    /// <summary>
    /// Plain inserts of <paramref name="columns"/> into <paramref name="table"/>, batched the same way: for append-only
    /// tables, which have no key to conflict on.
    /// </summary>
    public static BatchedUpsert Insert(DatabaseEngine engine, string table, IReadOnlyList<string> columns, int batchSize) =>
        new(engine, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({Parameters(columns)})", columns, batchSize);

    /// <summary>
    /// Writes <paramref name="rows"/> (each a value per column, in column order) and returns how many batches that took:
    /// <c>ceil(rows / BatchSize)</c>. Inside <paramref name="transaction"/> when one is given, so that the caller commits
    /// every batch together; without one each batch is atomic by itself. The rows' keys must be distinct: PostgreSQL
    /// refuses a statement that upserts one row twice.
    /// </summary>
    public async Task<int> WriteAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var batches = 0;
        for (var start = 0; start < rows.Count; start += BatchSize, batches++)
        {
            var count = Math.Min(BatchSize, rows.Count - start);
            if (_engine.Type == DatabaseType.Sqlite)
            {
                await WriteRowByRowAsync(connection, transaction, rows, start, count, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteMultiRowAsync(connection, transaction, rows, start, count, cancellationToken).ConfigureAwait(false);
            }
        }

        return batches;
    }

    /// <summary>A server engine pays a round trip per statement, so a batch is one statement of many rows.</summary>
    private async Task WriteMultiRowAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<object?[]> rows, int start, int count,
        CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = MultiRowSql(count);
            for (var row = 0; row < count; row++)
            {
                AddRow(command, "_" + row.ToString(CultureInfo.InvariantCulture), rows[start + row]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// SQLite runs in process, so a statement costs no round trip, but it looks bound names up one by one: a statement
    /// with thousands of parameters binds in quadratic time (seconds for a batch). One prepared single-row statement,
    /// re-run in one transaction, is the fast way there.
    /// </summary>
    private async Task WriteRowByRowAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<object?[]> rows, int start, int count,
        CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await WriteEachRowAsync(connection, transaction, rows, start, count, cancellationToken).ConfigureAwait(false);
            return;
        }

        var own = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (own.ConfigureAwait(false))
        {
            await WriteEachRowAsync(connection, own, rows, start, count, cancellationToken).ConfigureAwait(false);
            await own.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteEachRowAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<object?[]> rows, int start, int count,
        CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = _oneRow;
            for (var row = start; row < start + count; row++)
            {
                command.Parameters.Clear();
                AddRow(command, string.Empty, rows[row]);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private string MultiRowSql(int rowCount)
    {
        var sql = new StringBuilder(_head, _head.Length + _tail.Length + (rowCount * _columns.Count * 24));
        for (var row = 0; row < rowCount; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Count; column++)
            {
                sql.Append(column == 0 ? "@" : ", @").Append(_columns[column]).Append('_').Append(row.ToString(CultureInfo.InvariantCulture));
            }

            sql.Append(')');
        }

        return sql.Append(_tail).ToString();
    }

    private static string Parameters(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => "@" + c));

    private void AddRow(DbCommand command, string suffix, object?[] values)
    {
        if (values.Length != _columns.Count)
        {
            throw new ArgumentException($"a row has {values.Length} values for {_columns.Count} columns", nameof(values));
        }

        for (var column = 0; column < _columns.Count; column++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = _columns[column] + suffix;
            parameter.Value = values[column] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
