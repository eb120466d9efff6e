namespace Master.Database.Migrations;

/// <summary>An applied migration's recorded checksum differs from the binary's: the migration was edited after release.</summary>
internal sealed class DatabaseMigrationChecksumException(int version, string name)
    : DatabaseMigrationException(
        $"schema migration {version} ({name}) was applied with different SQL than this version of Master carries; "
        + "released migrations must never change, add a new one instead")
{
    public int Version { get; } = version;
}
