using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Ai;

/// <summary>The assistant's tool calls on the <c>ai_tool_calls</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAiToolCallRepository(DatabaseEngine engine) : IAiToolCallRepository
{
    public async Task<long> AppendAsync(AiToolCallRecord toolCall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(toolCall);
        var insert = engine.InsertReturningId("""
            INSERT INTO ai_tool_calls
                (session_id, message_id, tool_call_id, tool_name, arguments, result, status, duration_ms, created_at, finished_at)
            VALUES (@sessionId, @messageId, @toolCallId, @toolName, @arguments, @result, @status, @durationMs, @createdAt, @finishedAt)
            """);
        var parameters = new
        {
            sessionId = toolCall.SessionId,
            messageId = toolCall.MessageId,
            toolCallId = toolCall.ToolCallId,
            toolName = toolCall.ToolName,
            arguments = toolCall.Arguments,
            result = toolCall.Result,
            status = toolCall.Status,
            durationMs = toolCall.DurationMs,
            createdAt = engine.Timestamp(toolCall.CreatedAt),
            finishedAt = toolCall.FinishedAt is { } finished ? engine.Timestamp(finished) : null,
        };
        return await engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(new CommandDefinition(insert, parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> FinishAsync(
        long id, string status, string? result, long? durationMs, DateTimeOffset finishedAt, CancellationToken cancellationToken = default)
    {
        const string Update = """
            UPDATE ai_tool_calls SET status = @status, result = @result, duration_ms = @durationMs, finished_at = @finishedAt WHERE id = @id
            """;
        var parameters = new { id, status, result, durationMs, finishedAt = engine.Timestamp(finishedAt) };
        return await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(Update, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<AiToolCallRecord>> ListAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        const string Query = """
            SELECT id, session_id, message_id, tool_call_id, tool_name, arguments, result, status, duration_ms, created_at, finished_at
            FROM ai_tool_calls WHERE session_id = @sessionId ORDER BY id
            """;
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(Query, new { sessionId }, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns((object)row)))];
    }

    private AiToolCallRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Text(row, "session_id"),
        RowValues.NullableInt64(row, "message_id"),
        RowValues.Text(row, "tool_call_id"),
        RowValues.Text(row, "tool_name"),
        RowValues.NullableText(row, "arguments"),
        RowValues.NullableText(row, "result"),
        RowValues.Text(row, "status"),
        RowValues.NullableInt64(row, "duration_ms"),
        engine.ReadTimestamp(row["created_at"]!),
        row["finished_at"] is { } finished ? engine.ReadTimestamp(finished) : null);
}
