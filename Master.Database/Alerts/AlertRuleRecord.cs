namespace Master.Database.Alerts;

/// <summary>An alert rule: an expression that fires when it holds for a while.</summary>
/// <param name="Id">The rule id, assigned by the database; 0 when creating.</param>
/// <param name="Name">The name, unique across rules (case-sensitive).</param>
/// <param name="Description">Free text, or null.</param>
/// <param name="Expression">The condition that fires the alert.</param>
/// <param name="Severity">How serious a firing is, such as <c>critical</c>.</param>
/// <param name="ForSeconds">How long the condition must hold before the alert fires.</param>
/// <param name="Enabled">Whether the rule is evaluated.</param>
/// <param name="Labels">Labels attached to the alerts it fires.</param>
/// <param name="ChannelIds">The notify channels it notifies.</param>
/// <param name="CreatedAt">When it was created (UTC); set by the repository.</param>
/// <param name="UpdatedAt">When it last changed (UTC); set by the repository.</param>
public sealed record AlertRuleRecord(
    long Id,
    string Name,
    string? Description,
    string Expression,
    string Severity,
    int ForSeconds,
    bool Enabled,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<long> ChannelIds,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default);
