using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Ai;

/// <summary>Assistant sessions and messages on <c>ai_sessions</c> and <c>ai_messages</c>, the same SQL on every engine.</summary>
internal sealed class SqlAiSessionRepository(DatabaseEngine engine, TimeProvider timeProvider) : IAiSessionRepository
{
    private const string Select = "SELECT id, user_id, cluster_id, title, model, created_at, updated_at FROM ai_sessions";

    public async Task<bool> CreateAsync(AiSessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        const string Insert = """
            INSERT INTO ai_sessions (id, user_id, cluster_id, title, model, created_at, updated_at)
            VALUES (@id, @userId, @clusterId, @title, @model, @now, @now)
            """;
        var parameters = new
        {
            id = session.Id,
            userId = session.UserId,
            clusterId = session.ClusterId,
            title = session.Title,
            model = session.Model,
            now = engine.Timestamp(timeProvider.GetUtcNow()),
        };
        try
        {
            return await engine.RunAsync(
                c => c.ExecuteAsync(new CommandDefinition(Insert, parameters, cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false) > 0;
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    public async Task<AiSessionRecord?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(Select + " WHERE id = @id", new { id }, MapSession, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<AiSessionRecord>> ListForUserAsync(long userId, CancellationToken cancellationToken = default) =>
        QueryAsync(Select + " WHERE user_id = @userId ORDER BY updated_at DESC, id DESC", new { userId }, MapSession, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition("DELETE FROM ai_sessions WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;

    public async Task<AiMessageRecord> AppendMessageAsync(
        string sessionId, string role, string content, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        return await engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                // Touching the session first locks its row, so two appenders to one session take turns choosing the next
                // seq; the unique (session_id, seq) key backs that up.
                CommandDefinition Statement(string sql, object parameters) =>
                    new(sql, parameters, transaction, cancellationToken: cancellationToken);
                var at = engine.Timestamp(now);
                const string Touch = "UPDATE ai_sessions SET updated_at = @at WHERE id = @sessionId";
                await connection.ExecuteAsync(Statement(Touch, new { sessionId, at })).ConfigureAwait(false);
                const string NextSeq = "SELECT COALESCE(MAX(seq), 0) + 1 FROM ai_messages WHERE session_id = @sessionId";
                var seq = await connection.ExecuteScalarAsync<int>(Statement(NextSeq, new { sessionId })).ConfigureAwait(false);
                var insert = engine.InsertReturningId("""
                    INSERT INTO ai_messages (session_id, seq, role, content, created_at) VALUES (@sessionId, @seq, @role, @content, @at)
                    """);
                var id = await connection.ExecuteScalarAsync<long>(Statement(insert, new { sessionId, seq, role, content, at }))
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new AiMessageRecord(id, sessionId, seq, role, content, now);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AiMessageRecord>> ListMessagesAsync(string sessionId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            "SELECT id, session_id, seq, role, content, created_at FROM ai_messages WHERE session_id = @sessionId ORDER BY seq",
            new { sessionId },
            MapMessage,
            cancellationToken);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, object parameters, Func<IDictionary<string, object?>, T> map, CancellationToken cancellationToken)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(row => map(RowValues.Columns((object)row)))];
    }

    private AiSessionRecord MapSession(IDictionary<string, object?> row) => new(
        RowValues.Text(row, "id"),
        RowValues.NullableInt64(row, "user_id"),
        RowValues.NullableText(row, "cluster_id"),
        RowValues.Text(row, "title"),
        RowValues.NullableText(row, "model"),
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));

    private AiMessageRecord MapMessage(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Text(row, "session_id"),
        RowValues.Int32(row, "seq"),
        RowValues.Text(row, "role"),
        RowValues.Text(row, "content"),
        engine.ReadTimestamp(row["created_at"]!));
}
