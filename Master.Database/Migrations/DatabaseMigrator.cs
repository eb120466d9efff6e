using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Microsoft.Extensions.Logging;

namespace Master.Database.Migrations;

/// <summary>
/// Brings the schema to the newest version this binary knows, under the engine's migration lock so that instances
/// starting together apply each migration exactly once. Forward only: a database newer than the binary, or an applied
/// migration whose SQL changed, stops the run before anything is touched.
/// </summary>
internal sealed class DatabaseMigrator(DatabaseEngine engine, ILogger<DatabaseMigrator> logger, TimeProvider timeProvider)
{
    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version {int} NOT NULL PRIMARY KEY,
            name {string} NOT NULL,
            applied_at {timestamp} NOT NULL,
            checksum {string} NOT NULL
        ){table}
        """;

    private readonly IReadOnlyList<Migration> _migrations = MigrationCatalog.All;

    /// <summary>For tests: a catalogue other than the shipped one.</summary>
    internal DatabaseMigrator(DatabaseEngine engine, ILogger<DatabaseMigrator> logger, TimeProvider timeProvider, IReadOnlyList<Migration> migrations)
        : this(engine, logger, timeProvider)
    {
        _migrations = migrations;
    }

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var held = await engine.LockMigrationsAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, held.Transaction, engine.Render(CreateHistoryTable), cancellationToken).ConfigureAwait(false);
                var applied = await ReadHistoryAsync(connection, held.Transaction, cancellationToken).ConfigureAwait(false);
                Check(applied);
                var pending = _migrations.Where(m => applied.All(a => a.Version != m.Version)).ToList();
                foreach (var migration in pending)
                {
                    await ApplyAsync(connection, held.Transaction, migration, cancellationToken).ConfigureAwait(false);
                }

                await held.CompleteAsync(cancellationToken).ConfigureAwait(false);
                var version = _migrations.Count == 0 ? 0 : _migrations[^1].Version;
                if (pending.Count == 0)
                {
                    logger.SchemaUpToDate(engine.Type, version);
                }
                else
                {
                    foreach (var migration in pending)
                    {
                        logger.MigrationApplied(engine.Type, migration.Version, migration.Name);
                    }
                }

                return new MigrationResult([.. pending.Select(m => m.Version)], version);
            }
        }
    }

    /// <summary>The rows of <c>schema_migrations</c>, oldest first; creates the table, empty, when it is missing.</summary>
    public async Task<IReadOnlyList<AppliedMigration>> ReadHistoryAsync(CancellationToken cancellationToken = default)
    {
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, null, engine.Render(CreateHistoryTable), cancellationToken).ConfigureAwait(false);
            return await ReadHistoryAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Check(IReadOnlyList<AppliedMigration> applied)
    {
        var known = _migrations.Count == 0 ? 0 : _migrations[^1].Version;
        if (applied.Count > 0 && applied[^1].Version > known)
        {
            throw new DatabaseSchemaTooNewException(applied[^1].Version, known);
        }

        foreach (var row in applied)
        {
            var migration = _migrations.FirstOrDefault(m => m.Version == row.Version);
            if (migration is null || !string.Equals(migration.ChecksumFor(engine), row.Checksum, StringComparison.Ordinal))
            {
                throw new DatabaseMigrationChecksumException(row.Version, row.Name);
            }
        }
    }

    /// <summary>
    /// Each migration and its history row commit together where the engine has transactional DDL (PostgreSQL, SQLite).
    /// MySQL commits every DDL statement by itself, so a migration that fails halfway there must be repaired by hand;
    /// docs/database.md says so.
    /// </summary>
    private async Task ApplyAsync(DbConnection connection, DbTransaction? lockTransaction, Migration migration, CancellationToken cancellationToken)
    {
        var transaction = lockTransaction ?? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, migration.SqlFor(engine), cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES (@version, @name, @appliedAt, @checksum)",
                new
                {
                    version = migration.Version,
                    name = migration.Name,
                    appliedAt = engine.Timestamp(timeProvider.GetUtcNow()),
                    checksum = migration.ChecksumFor(engine),
                },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (lockTransaction is null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (lockTransaction is null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<IReadOnlyList<AppliedMigration>> ReadHistoryAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(new CommandDefinition(
            "SELECT version, name, applied_at, checksum FROM schema_migrations ORDER BY version",
            transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return
        [
            .. rows.Select(row => (IDictionary<string, object>)row).Select(row => new AppliedMigration(
                Convert.ToInt32(row["version"], System.Globalization.CultureInfo.InvariantCulture),
                (string)row["name"],
                engine.ReadTimestamp(row["applied_at"]),
                (string)row["checksum"])),
        ];
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
