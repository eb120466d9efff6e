using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Commands;

/// <summary>Command records on the <c>command_history</c> table, the same SQL on every engine.</summary>
internal sealed class SqlCommandHistoryRepository(DatabaseEngine engine) : ICommandHistoryRepository
{
    private const string Select = """
        SELECT id, cluster_id, topic, action, payload, status, requested_by, created_at, dispatched_at, finished_at, expires_at,
            exit_code, error, result
        FROM command_history
        """;

    private static readonly string[] Columns =
    [
        "id", "cluster_id", "topic", "action", "payload", "status", "requested_by", "created_at", "dispatched_at", "finished_at",
        "expires_at", "exit_code", "error", "result",
    ];

    private readonly string _upsert = engine.Upsert("command_history", Columns, ["id"]);

    public async Task UpsertAsync(CommandRecord command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameters = new
        {
            id = command.Id,
            cluster_id = command.ClusterId,
            topic = command.Topic,
            action = command.Action,
            payload = command.Payload,
            status = command.Status,
            requested_by = command.RequestedBy,
            created_at = engine.Timestamp(command.CreatedAt),
            dispatched_at = Timestamp(command.DispatchedAt),
            finished_at = Timestamp(command.FinishedAt),
            expires_at = Timestamp(command.ExpiresAt),
            exit_code = command.ExitCode,
            error = command.Error,
            result = command.Result,
        };
        await ExecuteAsync(_upsert, parameters, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UpdateStatusAsync(string id, CommandStatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        const string Update = """
            UPDATE command_history SET status = @status,
                dispatched_at = COALESCE(@dispatchedAt, dispatched_at),
                finished_at = COALESCE(@finishedAt, finished_at),
                exit_code = COALESCE(@exitCode, exit_code),
                error = COALESCE(@error, error),
                result = COALESCE(@result, result)
            WHERE id = @id
            """;
        var parameters = new
        {
            id,
            status = update.Status,
            dispatchedAt = Timestamp(update.DispatchedAt),
            finishedAt = Timestamp(update.FinishedAt),
            exitCode = update.ExitCode,
            error = update.Error,
            result = update.Result,
        };
        return await ExecuteAsync(Update, parameters, cancellationToken).ConfigureAwait(false) > 0;
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

    private object? Timestamp(DateTimeOffset? value) => value is { } time ? engine.Timestamp(time) : null;

    private SqlWhere Where(CommandQuery query) => new SqlWhere(engine)
        .Equal("cluster_id", query.ClusterId)
        .Equal("status", query.Status)
        .Equal("action", query.Action)
        .Since("created_at", query.Since)
        .Before("created_at", query.After?.CreatedAt, query.After?.Id);

    private Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        engine.RunAsync(c => c.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken);

    private CommandRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Text(row, "id"),
        RowValues.Text(row, "cluster_id"),
        RowValues.Text(row, "topic"),
        RowValues.Text(row, "action"),
        RowValues.NullableText(row, "payload"),
        RowValues.Text(row, "status"),
        RowValues.NullableText(row, "requested_by"),
        engine.ReadTimestamp(row["created_at"]!),
        row["dispatched_at"] is { } dispatched ? engine.ReadTimestamp(dispatched) : null,
        row["finished_at"] is { } finished ? engine.ReadTimestamp(finished) : null,
        row["expires_at"] is { } expires ? engine.ReadTimestamp(expires) : null,
        RowValues.NullableInt32(row, "exit_code"),
        RowValues.NullableText(row, "error"),
        RowValues.NullableText(row, "result"));
}
