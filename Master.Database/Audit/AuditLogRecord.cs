namespace Master.Database.Audit;

/// <summary>One audited operation, with the request that asked for it.</summary>
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
/// <param name="Role">The caller's role when it acted, which may have changed since; empty for an anonymous caller.</param>
/// <param name="Source">
/// How the caller authenticated: <c>web</c> for a session token, <c>api</c> for an API key; empty for an anonymous caller.
/// </param>
/// <param name="Method">The HTTP method of the request; empty when the operation had no request.</param>
/// <param name="Path">The request path; empty when the operation had no request.</param>
/// <param name="StatusCode">The HTTP status the request was answered with; 0 when there was no request.</param>
/// <param name="UserAgent">The request's <c>User-Agent</c>, or null when it had none.</param>
/// <param name="DurationMs">How long the request took, in milliseconds; 0 when there was no request.</param>
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
    string? Detail,
    string Role,
    string Source,
    string Method,
    string Path,
    int StatusCode,
    string? UserAgent,
    long DurationMs);
