namespace Master.Database.Ai;

/// <summary>The assistant's tool calls on the <c>ai_tool_calls</c> table.</summary>
public interface IAiToolCallRepository
{
    /// <summary>Records a call (its id is ignored) and returns the new id.</summary>
    /// <exception cref="System.Data.Common.DbException">There is no such session or message.</exception>
    Task<long> AppendAsync(AiToolCallRecord toolCall, CancellationToken cancellationToken = default);

    /// <summary>Records how the call ended; false when there is no such call.</summary>
    Task<bool> FinishAsync(
        long id, string status, string? result, long? durationMs, DateTimeOffset finishedAt, CancellationToken cancellationToken = default);

    /// <summary>The session's tool calls in the order they were recorded.</summary>
    Task<IReadOnlyList<AiToolCallRecord>> ListAsync(string sessionId, CancellationToken cancellationToken = default);
}
