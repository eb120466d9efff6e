using System.Data.Common;
using System.Text.Json;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Commands;

/// <summary>
/// Command records on the <c>command_history</c> table. A write is, per record, an update that only a newer revision
/// passes and, when it touched no row, an insert that does nothing if the id is stored: the same SQL on every engine but
/// for how the insert ignores a stored id (<see cref="DatabaseEngine.InsertOrIgnore"/>).
/// </summary>
internal sealed class SqlCommandHistoryRepository(DatabaseEngine engine) : ICommandHistoryRepository
{
    private const string Select = """
        SELECT id, cluster_id, topic, action, target_kind, target_namespace, target_name, payload, source, requested_by, status,
            revision, created_at, expires_at, result_timeout_ms, dispatched_at, finished_at, success, result, error, exec_time_ns,
            executed_at, result_received_at, late_result
        FROM command_history
        """;

    // Every column a record writes (exit_code is left alone: nothing sets it any more), in the order of Values.
    private static readonly string[] Columns =
    [
        "id", "cluster_id", "topic", "action", "target_kind", "target_namespace", "target_name", "payload", "source", "requested_by",
        "status", "revision", "created_at", "expires_at", "result_timeout_ms", "dispatched_at", "finished_at", "success", "result",
        "error", "exec_time_ns", "executed_at", "result_received_at", "late_result",
    ];

    // The first columns are fixed when a command is created; the others stay null until it is dispatched or finished.
    private const int CreationColumns = 15;

    // What the life of a command changes; everything else is fixed at its creation, so an update binds only these.
    private static readonly string[] ChangingColumns =
    [
        "status", "revision", "dispatched_at", "finished_at", "success", "result", "error", "exec_time_ns", "executed_at",
        "result_received_at", "late_result",
    ];

    private static readonly string Update =
        "UPDATE command_history SET " + string.Join(", ", ChangingColumns.Select(c => $"{c} = @{c}"))
        + " WHERE id = @id AND revision < @revision";

    // The late result is one JSON object in camelCase, its times RFC 3339 in UTC.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly string _insert = engine.InsertOrIgnore("command_history", Columns, ["id"]);

    // A new command binds only what it has: on SQLite binding the parameters is most of the cost of a row.
    private readonly string _insertCreated = engine.InsertOrIgnore("command_history", Columns[..CreationColumns], ["id"]);

    public async Task<int> WriteAsync(IReadOnlyList<CommandRecord> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (commands.Count == 0)
        {
            return 0;
        }

        return await engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                // Commands re-bound for every record: SQLite then prepares each statement once for the whole batch.
                await using var update = new Statement(connection, transaction, Update, ["id", .. ChangingColumns]);
                await using var insert = new Statement(connection, transaction, _insert, Columns);
                await using var insertCreated = new Statement(connection, transaction, _insertCreated, Columns[..CreationColumns]);
                var written = 0;
                foreach (var command in commands)
                {
                    ArgumentNullException.ThrowIfNull(command, nameof(commands));
                    var values = Values(command);
                    var create = values.AsSpan(CreationColumns).ContainsAnyExcept((object?)null) ? insert : insertCreated;

                    // A first revision is almost always a new command, so it tries the insert first: a submission (most
                    // rows of a fan-out) then skips the update that would find nothing. A later revision is almost always
                    // stored, so it tries the update first. Either way an insert that found the id stored was stale or
                    // raced another writer's insert of the same command, committed since: the update settles which.
                    if (command.Revision <= 1
                        ? await create.ExecuteAsync(values, cancellationToken).ConfigureAwait(false) > 0
                            || await update.ExecuteAsync(values, cancellationToken).ConfigureAwait(false) > 0
                        : await update.ExecuteAsync(values, cancellationToken).ConfigureAwait(false) > 0
                            || await create.ExecuteAsync(values, cancellationToken).ConfigureAwait(false) > 0
                            || await update.ExecuteAsync(values, cancellationToken).ConfigureAwait(false) > 0)
                    {
                        written++;
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return written;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(Select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : Map(RowValues.Columns(row));
    }

    public async Task<CommandPage> ListAsync(CommandQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, CommandQuery.MaxLimit, nameof(query));
        var where = Where(query);
        where.Parameters.Add("limit", query.Limit + 1);
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(
                Select + where.Clause + " ORDER BY created_at DESC, id DESC LIMIT @limit", where.Parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        List<CommandRecord> items = [.. rows.Select(row => Map(RowValues.Columns((object)row)))];

        // One row more than the page says whether another page follows, without a second query.
        if (items.Count <= query.Limit)
        {
            return new CommandPage(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new CommandPage(items, new CommandCursor(items[^1].CreatedAt, items[^1].Id));
    }

    public async Task<long> CountAsync(CommandQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = Where(query with { After = null });
        return await engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(
                new CommandDefinition("SELECT COUNT(*) FROM command_history" + where.Clause, where.Parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CommandRecord>> ListUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        const string Unfinished = Select + " WHERE status IN ('pending', 'dispatched') ORDER BY created_at, id";
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(Unfinished, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns((object)row)))];
    }

    /// <summary>The values of a record's row, in the order of <see cref="Columns"/>.</summary>
    private object?[] Values(CommandRecord command)
    {
        var result = command.Result;
        return
        [
            command.Id,
            command.ClusterId,
            command.Topic,
            command.Action,
            command.Kind,
            command.Namespace,
            command.Name,
            command.Params,
            command.Source,
            command.CreatedBy,
            command.Status,
            command.Revision,
            engine.Timestamp(command.CreatedAt),
            engine.Timestamp(command.ExpiresAt),
            command.ResultTimeout.Ticks / TimeSpan.TicksPerMillisecond,
            Timestamp(command.DispatchedAt),
            Timestamp(command.FinishedAt),
            result?.Success,
            result?.Output,
            result?.Error,
            result?.ExecTimeNs,
            Timestamp(result?.ExecutedAt),
            Timestamp(result?.ReceivedAt),
            command.LateResult is { } late ? JsonSerializer.Serialize(StoredResult.From(late), JsonOptions) : null,
        ];
    }

    private object? Timestamp(DateTimeOffset? value) => value is { } time ? engine.Timestamp(time) : null;

    private DateTimeOffset? ReadTimestamp(object? value) => value is null ? null : engine.ReadTimestamp(value);

    private SqlWhere Where(CommandQuery query) => new SqlWhere(engine)
        .Equal("cluster_id", query.ClusterId)
        .Equal("status", query.Status)
        .Equal("action", query.Action)
        .Equal("source", query.Source)
        .Since("created_at", query.Since)
        .Until("created_at", query.Until)
        .Before("created_at", query.After?.CreatedAt, query.After?.Id);

    private CommandRecord Map(IDictionary<string, object?> row)
    {
        var createdAt = engine.ReadTimestamp(row["created_at"]!);

        // Rows from before migration 4 may have no expiry; such a command is not worth dispatching any more.
        var expiresAt = ReadTimestamp(row["expires_at"]) ?? createdAt;

        // The result is stored only whole: its arrival time says whether there is one.
        var result = ReadTimestamp(row["result_received_at"]) is { } receivedAt
            ? new CommandResultRecord(
                RowValues.Boolean(row, "success"),
                RowValues.NullableText(row, "result"),
                RowValues.NullableText(row, "error"),
                RowValues.NullableInt64(row, "exec_time_ns"),
                ReadTimestamp(row["executed_at"]),
                receivedAt)
            : null;
        return new CommandRecord(
            RowValues.Text(row, "id"),
            RowValues.Text(row, "cluster_id"),
            RowValues.Text(row, "topic"),
            RowValues.Text(row, "action"),
            RowValues.NullableText(row, "target_kind"),
            RowValues.NullableText(row, "target_namespace"),
            RowValues.NullableText(row, "target_name"),
            RowValues.NullableText(row, "payload"),
            RowValues.NullableText(row, "source"),
            RowValues.NullableText(row, "requested_by"),
            RowValues.Text(row, "status"),
            RowValues.Int64(row, "revision"),
            createdAt,
            expiresAt,
            TimeSpan.FromMilliseconds(RowValues.Int64(row, "result_timeout_ms")),
            ReadTimestamp(row["dispatched_at"]),
            ReadTimestamp(row["finished_at"]),
            result,
            row["late_result"] is string { Length: > 0 } late ? JsonSerializer.Deserialize<StoredResult>(late, JsonOptions)?.ToRecord() : null);
    }

    /// <summary>A result as the JSON of the <c>late_result</c> column: times as UTC <see cref="DateTime"/>s, which serialise with a <c>Z</c>.</summary>
    private sealed record StoredResult(bool Success, string? Output, string? Error, long? ExecTimeNs, DateTime? ExecutedAt, DateTime ReceivedAt)
    {
        public static StoredResult From(CommandResultRecord result) =>
            new(result.Success, result.Output, result.Error, result.ExecTimeNs, result.ExecutedAt?.UtcDateTime, result.ReceivedAt.UtcDateTime);

        public CommandResultRecord ToRecord() =>
            new(Success, Output, Error, ExecTimeNs, ExecutedAt is { } executed ? Utc(executed) : null, Utc(ReceivedAt));

        // Only an offset other than Z reads as local time; a time without any is taken as UTC, as it was written.
        private static DateTimeOffset Utc(DateTime time) =>
            new(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc));
    }

    /// <summary>A statement prepared once per batch whose parameters are some of <see cref="Columns"/>, bound from a row's values.</summary>
    private sealed class Statement : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly int[] _columns;

        public Statement(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = sql;
            _columns = [.. columns.Select(column => Array.IndexOf(Columns, column))];
            foreach (var column in columns)
            {
                var parameter = _command.CreateParameter();
                parameter.ParameterName = column;
                _command.Parameters.Add(parameter);
            }
        }

        public Task<int> ExecuteAsync(object?[] values, CancellationToken cancellationToken)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                _command.Parameters[i].Value = values[_columns[i]] ?? DBNull.Value;
            }

            return _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
