namespace Master.Database.Ai;

/// <summary>A conversation with the assistant.</summary>
/// <param name="Id">The session id.</param>
/// <param name="UserId">The user who holds it, or null.</param>
/// <param name="ClusterId">The cluster it is about, or null.</param>
/// <param name="Title">A title; empty when unset.</param>
/// <param name="Model">The model it talks to, or null.</param>
/// <param name="CreatedAt">When it started (UTC); set by the repository.</param>
/// <param name="UpdatedAt">When a message was last added (UTC); set by the repositories.</param>
public sealed record AiSessionRecord(
    string Id,
    long? UserId,
    string? ClusterId,
    string Title,
    string? Model,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default);
