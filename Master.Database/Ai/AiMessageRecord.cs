namespace Master.Database.Ai;

/// <summary>One message of a session.</summary>
/// <param name="Id">The message id, assigned by the database.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Seq">Its position in the session, from 1, unique per session.</param>
/// <param name="Role">Who spoke, such as <c>user</c>, <c>assistant</c> or <c>tool</c>.</param>
/// <param name="Content">The text.</param>
/// <param name="CreatedAt">When it was added (UTC).</param>
public sealed record AiMessageRecord(long Id, string SessionId, int Seq, string Role, string Content, DateTimeOffset CreatedAt);
