namespace Master.Database.Audit;

/// <summary>One audited operation.</summary>
/// <param name="Id">The entry id, assigned by the database; 0 when appending.</param>
/// <param name="OccurredAt">When the operation happened (UTC).</param>
/// <param name="UserId">The acting user's id, or null for the system or an unknown caller.</param>
/// <param name="Username">The actor's name; empty when unknown.</param>
/// <param name="Action">What was done, such as <c>cluster.delete</c>.</param>
/// <param name="ResourceType">The kind of target; empty when none.</param>
/// <param name="ResourceId">The target's id; empty when none.</param>
/// <param name="ClusterId">The cluster concerned, or null.</param>
/// <param name="Success">Whether the operation succeeded.</param>
/// <param name="RemoteAddress">The caller's address, or null.</param>
/// <param name="Detail">A JSON document with the details, or null.</param>
public sealed record AuditLogRecord(
    long Id,
    DateTimeOffset OccurredAt,
    long? UserId,
    string Username,
    string Action,
    string ResourceType,
    string ResourceId,
    string? ClusterId,
    bool Success,
    string? RemoteAddress,
    string? Detail);
