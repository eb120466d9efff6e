namespace Master.Database.Configurations;

/// <summary>One attempt to apply a configuration version to a cluster.</summary>
/// <param name="Id">The attempt id, assigned by the database; 0 when recording.</param>
/// <param name="ConfigurationId">The configuration applied.</param>
/// <param name="Version">The version applied.</param>
/// <param name="ClusterId">The cluster it was applied to.</param>
/// <param name="CommandId">The command that carried it, or null.</param>
/// <param name="Status">Where the attempt stands, such as <c>pending</c>, <c>succeeded</c> or <c>failed</c>.</param>
/// <param name="Message">A message from the agent, or null.</param>
/// <param name="AppliedBy">Who started it, or null.</param>
/// <param name="AppliedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When it ended (UTC), or null.</param>
public sealed record ConfigurationApplyRecord(
    long Id,
    long ConfigurationId,
    int Version,
    string ClusterId,
    string? CommandId,
    string Status,
    string? Message,
    string? AppliedBy,
    DateTimeOffset AppliedAt,
    DateTimeOffset? FinishedAt = null);
