using Master.Database;
using Master.Host.Configuration;
using Master.Host.Listeners;

namespace Master.Host;

/// <summary>
/// Logs what start-up found that is not fatal (unknown variables), where Master keeps its files, and, once Kestrel
/// has bound, the real listener end points. The agent channel logs its own warnings (auth off, long poll timeout).
/// </summary>
internal sealed class StartupReport(
    MasterConfigurationResult configuration,
    MasterListeners listeners,
    IHostApplicationLifetime lifetime,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var variable in configuration.UnknownVariables)
        {
            logger.UnknownVariable(variable);
        }

        var settings = configuration.Settings;
        logger.DataPaths(settings.DataDirectory, settings.DatabaseType switch
        {
            // The DSN is never logged: it may hold a password.
            DatabaseType.Postgres => $"PostgreSQL server of {MasterVariables.DbDsn}",
            DatabaseType.MySql => $"MySQL/MariaDB server of {MasterVariables.DbDsn}",
            _ => $"SQLite file {settings.DatabasePath}",
        });
        lifetime.ApplicationStarted.Register(
            () => logger.Listening(listeners.GatewayEndPoint, listeners.AgentEndPoint));
        lifetime.ApplicationStopping.Register(logger.Stopping);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
