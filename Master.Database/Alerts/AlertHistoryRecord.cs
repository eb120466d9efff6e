namespace Master.Database.Alerts;

/// <summary>One firing of an alert, kept after its rule is deleted.</summary>
/// <param name="Id">The entry id, assigned by the database; 0 when appending.</param>
/// <param name="RuleId">The rule that fired, or null once it is deleted.</param>
/// <param name="RuleName">The rule's name when it fired.</param>
/// <param name="ClusterId">The cluster concerned, or null.</param>
/// <param name="Severity">The severity when it fired.</param>
/// <param name="State"><c>firing</c> or <c>resolved</c>.</param>
/// <param name="Message">The alert text, or null.</param>
/// <param name="ObservedValue">The value that fired it, or null.</param>
/// <param name="StartedAt">When it started firing (UTC).</param>
/// <param name="ResolvedAt">When it resolved (UTC), or null.</param>
/// <param name="Notified">Whether its channels were notified.</param>
public sealed record AlertHistoryRecord(
    long Id,
    long? RuleId,
    string RuleName,
    string? ClusterId,
    string Severity,
    string State,
    string? Message,
    string? ObservedValue,
    DateTimeOffset StartedAt,
    DateTimeOffset? ResolvedAt,
    bool Notified);
