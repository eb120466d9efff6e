namespace Master.Database.Audit;

/// <summary>A security-relevant event such as a failed login, and whether someone has dealt with it.</summary>
/// <param name="Id">The event id, assigned by the database; 0 when appending.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Kind">What happened, such as <c>login_failed</c>.</param>
/// <param name="Severity">How serious it is, such as <c>warning</c>.</param>
/// <param name="Username">The user concerned, or null.</param>
/// <param name="RemoteAddress">The caller's address, or null.</param>
/// <param name="Detail">A JSON document with the details, or null.</param>
/// <param name="ResolvedAt">When someone marked the event as dealt with (UTC), or null while it is open.</param>
/// <param name="ResolvedBy">The username of whoever resolved it, or null while it is open.</param>
public sealed record SecurityEventRecord(
    long Id,
    DateTimeOffset OccurredAt,
    string Kind,
    string Severity,
    string? Username,
    string? RemoteAddress,
    string? Detail,
    DateTimeOffset? ResolvedAt = null,
    string? ResolvedBy = null);
