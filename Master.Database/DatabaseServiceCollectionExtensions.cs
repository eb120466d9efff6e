using Master.Database;
using Master.Database.Accounts;
using Master.Database.Ai;
using Master.Database.Alerts;
using Master.Database.Audit;
using Master.Database.Commands;
using Master.Database.Configurations;
using Master.Database.Engines;
using Master.Database.Events;
using Master.Database.Migrations;
using Master.Database.Registry;
using Master.Database.Settings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the relational store.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DatabaseOptions"/> (section <c>Master:Database</c>, validated at start), the engine they
    /// choose as a singleton, the repositories on it, and a hosted service that migrates the schema when the host starts.
    /// </summary>
    public static IServiceCollection AddMasterDatabase(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptionsWithValidateOnStart<DatabaseOptions, DatabaseOptionsValidator>().BindConfiguration(DatabaseOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => CreateEngine(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IDatabaseProbe, SqlDatabaseProbe>();
        services.TryAddSingleton<IClusterRepository, SqlClusterRepository>();
        services.TryAddSingleton<IAgentRepository, SqlAgentRepository>();
        services.TryAddSingleton<IClusterEventRepository, SqlClusterEventRepository>();
        services.TryAddSingleton<IUserRepository, SqlUserRepository>();
        services.TryAddSingleton<ITokenRepository, SqlTokenRepository>();
        services.TryAddSingleton<IAuditLogRepository, SqlAuditLogRepository>();
        services.TryAddSingleton<ISecurityEventRepository, SqlSecurityEventRepository>();
        services.TryAddSingleton<ICommandHistoryRepository, SqlCommandHistoryRepository>();
        services.TryAddSingleton<ICommandLogRepository, SqlCommandLogRepository>();
        services.TryAddSingleton<IConfigurationRepository, SqlConfigurationRepository>();
        services.TryAddSingleton<IConfigurationApplyRepository, SqlConfigurationApplyRepository>();
        services.TryAddSingleton<ISettingRepository, SqlSettingRepository>();
        services.TryAddSingleton<IAlertRuleRepository, SqlAlertRuleRepository>();
        services.TryAddSingleton<IAlertHistoryRepository, SqlAlertHistoryRepository>();
        services.TryAddSingleton<INotifyChannelRepository, SqlNotifyChannelRepository>();
        services.TryAddSingleton<IAiSessionRepository, SqlAiSessionRepository>();
        services.TryAddSingleton<IAiToolCallRepository, SqlAiToolCallRepository>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseMigrationHostedService>());
        return services;
    }

    internal static DatabaseEngine CreateEngine(DatabaseOptions options)
    {
        try
        {
            return options.Type switch
            {
                DatabaseType.Sqlite => new SqliteDatabaseEngine(options),
                DatabaseType.Postgres => new PostgresDatabaseEngine(options),
                DatabaseType.MySql => new MySqlDatabaseEngine(options),
                _ => throw new ArgumentOutOfRangeException(nameof(options), options.Type, "unknown database type"),
            };
        }
        catch (ArgumentException exception) when (exception is not ArgumentOutOfRangeException)
        {
            throw new DatabaseConnectionStringException(options.Type, exception);
        }
    }
}
