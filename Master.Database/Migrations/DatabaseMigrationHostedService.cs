using Microsoft.Extensions.Hosting;

namespace Master.Database.Migrations;

/// <summary>
/// Migrates the schema when the host starts, before the listeners open: a failure (an unreachable server, a schema
/// newer than this binary) fails the host's start and so stops Master.
/// </summary>
internal sealed class DatabaseMigrationHostedService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
