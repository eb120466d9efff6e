namespace Master.Database.Migrations;

/// <summary>The database records a schema version above the newest migration this binary knows.</summary>
internal sealed class DatabaseSchemaTooNewException(int databaseVersion, int knownVersion)
    : DatabaseMigrationException(
        $"the database is at schema version {databaseVersion}, but this version of Master knows migrations only up to "
        + $"{knownVersion}; run a Master release that knows version {databaseVersion} or later, or point it at another database")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int KnownVersion { get; } = knownVersion;
}
