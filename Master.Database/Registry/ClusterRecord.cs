namespace Master.Database.Registry;

/// <summary>A registered cluster: its agent's cluster id, a unique display name and what operators attach to it.</summary>
/// <param name="Id">The cluster id the agent reports.</param>
/// <param name="Name">The display name, unique across clusters (case-sensitive).</param>
/// <param name="Description">Free text, or null.</param>
/// <param name="Environment">An environment tag such as <c>production</c>; empty when unset.</param>
/// <param name="Labels">Operator labels.</param>
/// <param name="CreatedAt">When the row was created (UTC); set by the repository.</param>
/// <param name="UpdatedAt">When the row last changed (UTC); set by the repository.</param>
public sealed record ClusterRecord(
    string Id,
    string Name,
    string? Description,
    string Environment,
    IReadOnlyDictionary<string, string> Labels,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default);
