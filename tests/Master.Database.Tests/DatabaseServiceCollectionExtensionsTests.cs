using Master.Database.Engines;
using Master.Database.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Master.Database.Tests;

public sealed class DatabaseServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
        services.AddLogging();
        services.AddMasterDatabase();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [TestCase("Sqlite", typeof(SqliteDatabaseEngine))]
    [TestCase("Postgres", typeof(PostgresDatabaseEngine))]
    [TestCase("MySql", typeof(MySqlDatabaseEngine))]
    public async Task The_options_choose_the_engine(string type, Type engine)
    {
        await using var provider = Build(
            ("Master:Database:Type", type), ("Master:Database:Path", "/tmp/unused.db"), ("Master:Database:Dsn", "Server=127.0.0.1;Database=m"));

        provider.GetRequiredService<DatabaseEngine>().Should().BeOfType(engine);
    }

    [Test]
    public async Task Every_repository_and_the_migrating_hosted_service_are_registered()
    {
        await using var provider = Build(("Master:Database:Path", "/tmp/unused.db"));
        var repositories = typeof(IClusterRepository).Assembly.GetTypes()
            .Where(type => type.IsInterface && type.Name.EndsWith("Repository", StringComparison.Ordinal))
            .ToList();

        // Found by reflection, so a repository added without its registration fails here.
        repositories.Should().HaveCountGreaterThan(10);
        repositories.Should().AllSatisfy(repository => provider.GetService(repository).Should().NotBeNull(repository.Name));
        provider.GetServices<IHostedService>().Should().ContainSingle(s => s.GetType().Name == "DatabaseMigrationHostedService");
    }

    [Test]
    public async Task A_connection_string_the_driver_refuses_is_a_database_error_that_names_the_engine()
    {
        await using var provider = Build(("Master:Database:Type", "Postgres"), ("Master:Database:Dsn", "Bogus=1"));

        var resolve = () => provider.GetRequiredService<DatabaseEngine>();

        resolve.Should().Throw<DatabaseConnectionStringException>().WithMessage("the connection string is not valid for postgres: *");
    }
}
