namespace Master.Database.Configurations;

/// <summary>One version of a configuration's content; versions are never changed once appended.</summary>
/// <param name="Id">The row id, assigned by the database.</param>
/// <param name="ConfigurationId">The configuration.</param>
/// <param name="Name">The configuration's name.</param>
/// <param name="Version">The version number, unique per name.</param>
/// <param name="Content">The content.</param>
/// <param name="ContentHash">The hash of the content the caller computed.</param>
/// <param name="Note">A change note, or null.</param>
/// <param name="CreatedBy">Who appended it, or null.</param>
/// <param name="CreatedAt">When it was appended (UTC).</param>
public sealed record ConfigurationVersionRecord(
    long Id,
    long ConfigurationId,
    string Name,
    int Version,
    string Content,
    string ContentHash,
    string? Note,
    string? CreatedBy,
    DateTimeOffset CreatedAt);
