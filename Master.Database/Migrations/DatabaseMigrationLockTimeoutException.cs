namespace Master.Database.Migrations;

/// <summary>Another instance held the migration lock for longer than a migration can reasonably take.</summary>
internal sealed class DatabaseMigrationLockTimeoutException(string lockName, int seconds)
    : DatabaseMigrationException(
        $"the schema migration lock '{lockName}' was not granted within {seconds} s; another Master instance is migrating or stuck holding it");
