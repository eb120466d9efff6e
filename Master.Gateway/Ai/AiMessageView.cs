using Master.Database.Ai;

namespace Master.Gateway.Ai;

/// <summary>A message of a session as the API shows it.</summary>
internal sealed record AiMessageView(long Id, int Seq, string Role, string Content, DateTimeOffset CreatedAt)
{
    public static AiMessageView From(AiMessageRecord message) =>
        new(message.Id, message.Seq, message.Role, message.Content, message.CreatedAt);
}
