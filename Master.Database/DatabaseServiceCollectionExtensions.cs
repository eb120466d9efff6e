using Master.Database;
using Master.Database.Engines;
using Master.Database.Migrations;
using Master.Database.Registry;
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
        services.TryAddSingleton<IClusterRepository, SqlClusterRepository>();
        services.TryAddSingleton<IAgentRepository, SqlAgentRepository>();
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
