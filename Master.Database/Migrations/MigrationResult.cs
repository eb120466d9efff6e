namespace Master.Database.Migrations;

/// <summary>What one migration run did: the versions it applied (none when the schema was current) and where it ended.</summary>
internal sealed record MigrationResult(IReadOnlyList<int> Applied, int Version);
