namespace Master.Database.Configurations;

/// <summary>A named configuration and the version that is current.</summary>
/// <param name="Id">The configuration id, assigned by the database.</param>
/// <param name="Name">The name, unique across configurations (case-sensitive).</param>
/// <param name="Description">Free text, or null.</param>
/// <param name="CurrentVersion">The newest version; 0 before the first is appended.</param>
/// <param name="TargetLabels">The labels of the agents the configuration is for.</param>
/// <param name="CreatedBy">Who created it, or null.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record ConfigurationRecord(
    long Id,
    string Name,
    string? Description,
    int CurrentVersion,
    IReadOnlyDictionary<string, string> TargetLabels,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
