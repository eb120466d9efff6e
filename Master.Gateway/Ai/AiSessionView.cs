using Master.Database.Ai;

namespace Master.Gateway.Ai;

/// <summary>An assistant session as the API shows it.</summary>
internal sealed record AiSessionView(
    string Id, string Title, string? ClusterId, string? Model, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AiSessionView From(AiSessionRecord session) =>
        new(session.Id, session.Title, session.ClusterId, session.Model, session.CreatedAt, session.UpdatedAt);
}
