namespace Master.Database.Ai;

/// <summary>Assistant sessions on <c>ai_sessions</c> and their messages on <c>ai_messages</c>.</summary>
public interface IAiSessionRepository
{
    /// <summary>Starts a session; false when its id is taken.</summary>
    Task<bool> CreateAsync(AiSessionRecord session, CancellationToken cancellationToken = default);

    /// <summary>The session with <paramref name="id"/>, or null.</summary>
    Task<AiSessionRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The sessions of <paramref name="userId"/>, most recently active first.</summary>
    Task<IReadOnlyList<AiSessionRecord>> ListForUserAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the session with its messages and tool calls; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a message after the session's last one (the next <see cref="AiMessageRecord.Seq"/>) and marks the session
    /// active now.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">There is no such session.</exception>
    Task<AiMessageRecord> AppendMessageAsync(string sessionId, string role, string content, CancellationToken cancellationToken = default);

    /// <summary>The session's messages in order.</summary>
    Task<IReadOnlyList<AiMessageRecord>> ListMessagesAsync(string sessionId, CancellationToken cancellationToken = default);
}
