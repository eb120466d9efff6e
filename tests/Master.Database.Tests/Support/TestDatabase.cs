using Master.Database.Engines;
using Master.Database.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Master.Database.Tests.Support;

/// <summary>
/// One empty database of its own on a real engine, dropped (or deleted, for SQLite) when disposed, together with every
/// engine instance opened on it.
/// </summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    private readonly List<DatabaseEngine> _engines = [];

    protected TestDatabase(DatabaseOptions options)
    {
        Options = options;
    }

    public DatabaseOptions Options { get; }

    public IReadOnlyList<DatabaseEngine> Engines => _engines;

    /// <summary>A separate engine (own pool) on this database, as a second Master instance would have.</summary>
    public DatabaseEngine CreateEngine()
    {
        var engine = DatabaseServiceCollectionExtensions.CreateEngine(Options);
        _engines.Add(engine);
        return engine;
    }

    public DatabaseMigrator CreateMigrator(DatabaseEngine? engine = null, IReadOnlyList<Migration>? migrations = null) =>
        new(engine ?? CreateEngine(), NullLogger<DatabaseMigrator>.Instance, TimeProvider.System, migrations ?? MigrationCatalog.All);

    public async ValueTask DisposeAsync()
    {
        foreach (var engine in _engines)
        {
            await engine.DisposeAsync();
        }

        await DropAsync();
    }

    protected abstract Task DropAsync();

    /// <summary>A database name no other fixture or run uses; safe to splice into DDL, which takes no parameters for names.</summary>
    protected static string UniqueName() => "master_test_" + Guid.NewGuid().ToString("N");
}
