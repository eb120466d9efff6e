using System.Net;
using Master.Database;
using Master.DataHub;
using Master.DataHub.Redis;
using Master.Host.Tests.Support;
using Master.Testing.Servers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Master.Host.Tests;

public sealed class HostCompositionTests
{
    [Test]
    public async Task Real_composition_starts_and_binds_two_distinct_ports()
    {
        await using var factory = new MasterHostFactory();

        factory.StartServer();

        factory.GatewayEndPoint.Port.Should().BeGreaterThan(0);
        factory.AgentEndPoint.Port.Should().BeGreaterThan(0).And.NotBe(factory.GatewayEndPoint.Port);
        factory.GatewayEndPoint.Address.Should().Be(IPAddress.Loopback);
        using var gateway = factory.CreateGatewayClient();
        (await gateway.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Real_composition_validates_scopes_also_outside_development()
    {
        await using var factory = new MasterHostFactory(environment: Environments.Production);
        factory.StartServer();

        var fromRoot = () => factory.Services.GetRequiredService<IOptionsSnapshot<MasterHostOptions>>();

        factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName.Should().Be(Environments.Production);
        fromRoot.Should().Throw<InvalidOperationException>().WithMessage("*scoped service*from root provider*");
    }

    [Test]
    public async Task Real_composition_validates_every_registration_on_build_also_outside_development()
    {
        await using var factory = new MasterHostFactory(
            environment: Environments.Production,
            configureServices: services => services.AddSingleton<NeedsAMissingService>());

        var start = () => factory.StartServer();

        start.Should().Throw<AggregateException>().WithMessage("*NeedsAMissingService*IMissingService*");
    }

    [Test]
    public void One_bad_variable_stops_the_composition_before_it_builds_with_one_line_naming_it()
    {
        var builder = WebApplication.CreateBuilder(["--MASTER_HEARTBEAT_TIMEOUT=forever"]);
        using var errors = new StringWriter();

        var settings = builder.AddMasterConfiguration(errors);

        settings.Should().BeNull();
        errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Should().Equal("MASTER_HEARTBEAT_TIMEOUT='forever': expected a duration from 100ms to 1d, such as 45s");
    }

    [Test]
    public async Task Data_directory_is_created_at_start()
    {
        await using var factory = new MasterHostFactory();

        factory.StartServer();

        Directory.Exists(factory.DataDirectory).Should().BeTrue();
        factory.Services.GetRequiredService<IOptions<MasterHostOptions>>().Value.DatabasePath
            .Should().Be(Path.Combine(factory.DataDirectory, "master.db"));
    }

    [Test]
    public async Task Variables_reach_the_options_of_each_assembly()
    {
        await using var factory = new MasterHostFactory(new Dictionary<string, string>
        {
            ["MASTER_HEARTBEAT_TIMEOUT"] = "7s",
            ["MASTER_COMMAND_POLL_TIMEOUT"] = "3s",
            ["MASTER_SNAPSHOT_MAX_BYTES"] = "64MiB",
            ["MASTER_EVENT_RETENTION_DAYS"] = "14",
            ["MASTER_EVENT_MAX_COUNT"] = "2000",
            ["MASTER_EVENT_CLEANUP_INTERVAL"] = "30m",
            ["MASTER_AGENT_CLEANUP_INTERVAL"] = "1m",
            ["MASTER_AGENT_STALE_THRESHOLD"] = "20m",
            ["MASTER_AGENT_PURGE_AFTER"] = "90d",
            ["MASTER_COMMAND_EXPIRY"] = "3s",
            ["MASTER_COMMAND_RESULT_TIMEOUT"] = "4s",
            ["MASTER_ADMIN_USERNAME"] = "root",
            ["MASTER_SESSION_TTL"] = "2h",
        });

        factory.StartServer();

        factory.Services.GetRequiredService<IOptions<DataHubOptions>>().Value.HeartbeatTimeout.Should().Be(TimeSpan.FromSeconds(7));
        var agentSdk = factory.Services.GetRequiredService<IOptions<Master.AgentSdk.AgentSdkOptions>>().Value;
        agentSdk.CommandPollTimeout.Should().Be(TimeSpan.FromSeconds(3));
        agentSdk.SnapshotMaxBytes.Should().Be(64L << 20);
        factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout
            .Should().Be(TimeSpan.FromSeconds(8));
        factory.Services.GetRequiredService<IOptions<Master.Fleet.FleetOptions>>().Value.Should().BeEquivalentTo(new Master.Fleet.FleetOptions
        {
            EventRetention = TimeSpan.FromDays(14),
            EventMaxCount = 2000,
            EventCleanupInterval = TimeSpan.FromMinutes(30),
            AgentCleanupInterval = TimeSpan.FromMinutes(1),
            AgentStaleThreshold = TimeSpan.FromMinutes(20),
            AgentPurgeAfter = TimeSpan.FromDays(90),
            CommandExpiry = TimeSpan.FromSeconds(3),
            CommandResultTimeout = TimeSpan.FromSeconds(4),
        });
        var security = factory.Services.GetRequiredService<IOptions<Master.Security.SecurityOptions>>().Value;
        security.AdminUsername.Should().Be("root");
        security.SessionTtl.Should().Be(TimeSpan.FromHours(2));
        security.DataDirectory.Should().Be(factory.DataDirectory);
    }

    [Test]
    public async Task Redis_hub_is_chosen_and_reached_by_the_variables()
    {
        var redis = TestServers.Require(TestServers.RedisVariable);
        var prefix = $"test:{Guid.NewGuid():N}:";
        await using var factory = new MasterHostFactory(new Dictionary<string, string>
        {
            ["MASTER_DATAHUB_TYPE"] = "redis",
            ["MASTER_REDIS_ADDR"] = redis,
            ["MASTER_REDIS_DB"] = "2",
            ["MASTER_REDIS_PREFIX"] = prefix,
        });

        factory.StartServer();

        var options = factory.Services.GetRequiredService<IOptions<RedisDataHubOptions>>().Value;
        options.Configuration.Should().Be(redis);
        options.Database.Should().Be(2);
        options.Prefix.Should().Be(prefix);
        var hub = factory.Services.GetRequiredService<IDataHub>();
        (await hub.CheckHealthAsync()).Should().Be(new DataHubHealth(Healthy: true, Backend: "redis"));
        await hub.RemoveClusterAsync("none"); // a call that reaches Redis and leaves no key behind
    }

    [Test]
    public async Task Real_composition_migrates_a_fresh_sqlite_file_in_the_data_directory_at_start()
    {
        await using var factory = new MasterHostFactory();

        factory.StartServer();

        var options = factory.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        options.Type.Should().Be(DatabaseType.Sqlite);
        options.Path.Should().Be(Path.Combine(factory.DataDirectory, "master.db"));
        await using var connection = new SqliteConnection($"Data Source={options.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT MAX(version) FROM schema_migrations", connection);
        (await command.ExecuteScalarAsync()).Should().Be(4L, "migration 4 is the newest this binary knows");
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('users', 'clusters', 'cluster_events')";
        (await command.ExecuteScalarAsync()).Should().Be(3L);
    }

    /// <summary>A registration that cannot be built: nothing provides <see cref="IMissingService"/>.</summary>
    private sealed class NeedsAMissingService(IMissingService missing)
    {
        public IMissingService Missing { get; } = missing;
    }

    private interface IMissingService;
}
