namespace Master.Fleet.Registry;

/// <summary>An edit of a cluster's registry metadata; a null member leaves that field as it is.</summary>
/// <param name="Name">The new unique name.</param>
/// <param name="Description">The new description; empty clears it.</param>
/// <param name="Environment">The new environment tag; empty clears it.</param>
/// <param name="Labels">The new operator labels, replacing all of them; empty clears them.</param>
public sealed record ClusterChange(
    string? Name = null,
    string? Description = null,
    string? Environment = null,
    IReadOnlyDictionary<string, string>? Labels = null);
