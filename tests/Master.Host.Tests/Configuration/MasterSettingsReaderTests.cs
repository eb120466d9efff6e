using System.Net;
using Master.AgentSdk;
using Master.Database;
using Master.Host.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Master.Host.Tests.Configuration;

public sealed class MasterSettingsReaderTests
{
    private static MasterConfigurationResult Read(params (string Key, string Value)[] values) =>
        MasterSettingsReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build());

    [Test]
    public void No_configuration_gives_the_documented_defaults()
    {
        var result = Read();

        result.Problems.Should().BeEmpty();
        var settings = result.Settings;
        settings.HttpPort.Should().Be(8080);
        settings.AgentPort.Should().Be(8081);
        settings.BindAddress.Should().Be(IPAddress.Any);
        settings.CommandPollTimeout.Should().Be(TimeSpan.FromSeconds(25));
        settings.HeartbeatTimeout.Should().Be(TimeSpan.FromSeconds(45));
        settings.CommandExpiry.Should().Be(TimeSpan.FromMinutes(10));
        settings.CommandResultTimeout.Should().Be(TimeSpan.FromMinutes(2));
        settings.SnapshotMaxBytes.Should().Be(268_435_456);
        settings.AgentAuth.Should().Be(AgentAuthMode.Off);
        settings.DataDirectory.Should().Be(Path.GetFullPath("data"));
        settings.DatabasePath.Should().Be(Path.Combine(Path.GetFullPath("data"), "master.db"));
        settings.LogLevel.Should().Be(LogLevel.Information);
        settings.LogFormat.Should().Be(LogFormat.Text);
        settings.DatabaseType.Should().Be(DatabaseType.Sqlite);
        settings.DatabaseDsn.Should().BeNull();
        settings.DatabaseMaxConnections.Should().Be(10);
        settings.EventRetentionDays.Should().Be(30);
        settings.EventMaxCount.Should().Be(100_000);
        settings.EventCleanupInterval.Should().Be(TimeSpan.FromHours(1));
        settings.AgentCleanupInterval.Should().Be(TimeSpan.FromMinutes(5));
        settings.AgentStaleThreshold.Should().Be(TimeSpan.FromMinutes(10));
        settings.AgentPurgeAfter.Should().Be(TimeSpan.FromDays(30));
    }

    [Test]
    public void Settings_keys_under_Master_are_read()
    {
        var result = Read(("Master:HttpPort", "9000"), ("Master:CommandPollTimeout", "10s"), ("Master:LogFormat", "json"));

        result.Problems.Should().BeEmpty();
        result.Settings.HttpPort.Should().Be(9000);
        result.Settings.CommandPollTimeout.Should().Be(TimeSpan.FromSeconds(10));
        result.Settings.LogFormat.Should().Be(LogFormat.Json);
    }

    [Test]
    public void Environment_variable_wins_over_its_settings_key()
    {
        var result = Read(("Master:HttpPort", "9000"), ("MASTER_HTTP_PORT", "9100"));

        result.Settings.HttpPort.Should().Be(9100);
    }

    [Test]
    public void Blank_variable_counts_as_unset()
    {
        var result = Read(("MASTER_HTTP_PORT", " "), ("Master:HttpPort", "9000"));

        result.Problems.Should().BeEmpty();
        result.Settings.HttpPort.Should().Be(9000);
    }

    [TestCase("MASTER_HTTP_PORT", "70000", "MASTER_HTTP_PORT='70000': expected a port number from 1 to 65535 (0 picks a free port)")]
    [TestCase("MASTER_AGENT_PORT", "x", "MASTER_AGENT_PORT='x': expected a port number from 1 to 65535 (0 picks a free port)")]
    [TestCase("MASTER_BIND_ADDRESS", "localhost", "MASTER_BIND_ADDRESS='localhost': expected an IP address such as 0.0.0.0, 127.0.0.1 or ::")]
    [TestCase("MASTER_COMMAND_POLL_TIMEOUT", "90s", "MASTER_COMMAND_POLL_TIMEOUT='90s': expected a duration above 0 and below 60s, such as 25s")]
    [TestCase("MASTER_COMMAND_POLL_TIMEOUT", "60s", "MASTER_COMMAND_POLL_TIMEOUT='60s': expected a duration above 0 and below 60s, such as 25s")]
    [TestCase("MASTER_COMMAND_POLL_TIMEOUT", "0s", "MASTER_COMMAND_POLL_TIMEOUT='0s': expected a duration above 0 and below 60s, such as 25s")]
    [TestCase("MASTER_COMMAND_EXPIRY", "500ms", "MASTER_COMMAND_EXPIRY='500ms': expected a duration from 1s to 7d, such as 10m")]
    [TestCase("MASTER_COMMAND_EXPIRY", "8d", "MASTER_COMMAND_EXPIRY='8d': expected a duration from 1s to 7d, such as 10m")]
    [TestCase("MASTER_COMMAND_RESULT_TIMEOUT", "never", "MASTER_COMMAND_RESULT_TIMEOUT='never': expected a duration from 1s to 1d, such as 2m")]
    [TestCase("MASTER_COMMAND_RESULT_TIMEOUT", "25h", "MASTER_COMMAND_RESULT_TIMEOUT='25h': expected a duration from 1s to 1d, such as 2m")]
    [TestCase("MASTER_HEARTBEAT_TIMEOUT", "2d", "MASTER_HEARTBEAT_TIMEOUT='2d': expected a duration from 100ms to 1d, such as 45s")]
    [TestCase("MASTER_SNAPSHOT_MAX_BYTES", "lots", "MASTER_SNAPSHOT_MAX_BYTES='lots': expected a byte size from 1KiB to 4GiB, such as 268435456 or 256MiB")]
    [TestCase("MASTER_AGENT_AUTH", "basic", "MASTER_AGENT_AUTH='basic': expected off or token")]
    [TestCase("MASTER_DATAHUB_TYPE", "sql", "MASTER_DATAHUB_TYPE='sql': expected memory or redis")]
    [TestCase("MASTER_DB_TYPE", "oracle", "MASTER_DB_TYPE='oracle': expected one of sqlite, postgres, mysql")]
    [TestCase("MASTER_DB_MAX_CONNS", "0", "MASTER_DB_MAX_CONNS='0': expected a whole number from 1 to 1000")]
    [TestCase("MASTER_DB_MAX_CONNS", "many", "MASTER_DB_MAX_CONNS='many': expected a whole number from 1 to 1000")]
    [TestCase("MASTER_EVENT_RETENTION_DAYS", "0", "MASTER_EVENT_RETENTION_DAYS='0': expected a whole number from 1 to 36500")]
    [TestCase("MASTER_EVENT_MAX_COUNT", "1e6", "MASTER_EVENT_MAX_COUNT='1e6': expected a whole number from 1 to 100000000")]
    [TestCase("MASTER_EVENT_CLEANUP_INTERVAL", "100ms", "MASTER_EVENT_CLEANUP_INTERVAL='100ms': expected a duration from 1s to 7d, such as 1h")]
    [TestCase("MASTER_AGENT_CLEANUP_INTERVAL", "8d", "MASTER_AGENT_CLEANUP_INTERVAL='8d': expected a duration from 1s to 7d, such as 5m")]
    [TestCase("MASTER_AGENT_STALE_THRESHOLD", "soon", "MASTER_AGENT_STALE_THRESHOLD='soon': expected a duration from 1s to 3650d, such as 10m")]
    [TestCase("MASTER_AGENT_PURGE_AFTER", "0s", "MASTER_AGENT_PURGE_AFTER='0s': expected a duration from 1s to 36500d, such as 30d")]
    [TestCase("MASTER_ADMIN_USERNAME", "-root", "MASTER_ADMIN_USERNAME='-root': expected 1 to 64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit")]
    [TestCase("MASTER_SESSION_TTL", "30s", "MASTER_SESSION_TTL='30s': expected a duration from 1m to 365d, such as 24h")]
    [TestCase("MASTER_LOG_FORMAT", "xml", "MASTER_LOG_FORMAT='xml': expected text or json")]
    [TestCase("MASTER_LOG_LEVEL", "loud", "MASTER_LOG_LEVEL='loud': expected one of Trace, Debug, Information, Warning, Error, Critical, None")]
    public void Bad_value_is_one_line_naming_variable_value_and_expectation(string variable, string value, string expected)
    {
        var result = Read((variable, value));

        result.Problems.Should().Equal(expected);
    }

    [TestCase("MASTER_ADMIN_PASSWORD", "short-pw", "MASTER_ADMIN_PASSWORD: The password must be at least 12 characters long")]
    [TestCase("MASTER_SECRET_KEY", "c2hvcnQ=", "MASTER_SECRET_KEY: ")]
    public void A_bad_secret_is_named_without_its_value(string variable, string value, string expectedStart)
    {
        var result = Read((variable, value));

        result.Problems.Should().ContainSingle().Which.Should().StartWith(expectedStart).And.EndWith("(the value is not shown, it is a secret)")
            .And.NotContain(value);
    }

    [Test]
    public void Good_account_and_secret_settings_are_read()
    {
        var key = Convert.ToBase64String(new byte[32]);
        var result = Read(
            ("MASTER_ADMIN_USERNAME", "root@example.com"), ("MASTER_ADMIN_PASSWORD", "a-long-enough-password"),
            ("MASTER_SESSION_TTL", "8h"), ("MASTER_SECRET_KEY", key));

        result.Problems.Should().BeEmpty();
        result.Settings.AdminUsername.Should().Be("root@example.com");
        result.Settings.AdminPassword.Should().Be("a-long-enough-password");
        result.Settings.SessionTtl.Should().Be(TimeSpan.FromHours(8));
        result.Settings.SecretKey.Should().Be(key);
    }

    [Test]
    public void Bad_settings_key_is_named_as_written()
    {
        var result = Read(("Master:CommandPollTimeout", "90s"));

        result.Problems.Should().Equal("Master:CommandPollTimeout='90s': expected a duration above 0 and below 60s, such as 25s");
    }

    [Test]
    public void Redis_hub_settings_are_read()
    {
        var result = Read(
            ("MASTER_DATAHUB_TYPE", "Redis"), ("MASTER_REDIS_ADDR", "redis.internal:6380,ssl=true"), ("MASTER_REDIS_PASSWORD", "s3cret"),
            ("MASTER_REDIS_DB", "3"), ("MASTER_REDIS_PREFIX", "prod-master:"));

        result.Problems.Should().BeEmpty();
        result.Settings.DataHubType.Should().Be(DataHubType.Redis);
        result.Settings.RedisAddress.Should().Be("redis.internal:6380,ssl=true");
        result.Settings.RedisPassword.Should().Be("s3cret");
        result.Settings.RedisDatabase.Should().Be(3);
        result.Settings.RedisPrefix.Should().Be("prod-master:");
    }

    [Test]
    public void Redis_settings_default_to_a_local_server()
    {
        var settings = Read().Settings;

        settings.DataHubType.Should().Be(DataHubType.Memory);
        settings.RedisAddress.Should().Be("localhost:6379");
        settings.RedisPassword.Should().BeNull();
        settings.RedisDatabase.Should().Be(0);
        settings.RedisPrefix.Should().Be("master:");
    }

    [TestCase("MASTER_REDIS_DB", "16", "MASTER_REDIS_DB='16': expected a whole number from 0 to 15")]
    [TestCase("MASTER_REDIS_PREFIX", "my prefix:", "MASTER_REDIS_PREFIX='my prefix:': expected 1 to 64 characters without spaces, such as master: or prod-master:")]
    [TestCase("MASTER_REDIS_ADDR", ",,,", "MASTER_REDIS_ADDR=',,,': expected host:port or a StackExchange.Redis configuration string with an endpoint, such as redis:6379 or redis:6379,ssl=true")]
    public void Bad_redis_setting_is_one_line(string variable, string value, string expected) =>
        Read((variable, value)).Problems.Should().Equal(expected);

    [Test]
    public void Bad_redis_configuration_string_is_not_echoed_as_it_may_hold_a_password()
    {
        var result = Read(("MASTER_REDIS_ADDR", "password=hunter2,ssl=true"));

        result.Problems.Should().ContainSingle().Which.Should().StartWith("MASTER_REDIS_ADDR: expected host:port").And.NotContain("hunter2");
    }

    [Test]
    public void Token_mode_without_tokens_is_a_problem()
    {
        var result = Read(("MASTER_AGENT_AUTH", "token"));

        result.Problems.Should().ContainSingle().Which.Should().StartWith("MASTER_AGENT_TOKENS='': expected");
    }

    [Test]
    public void Token_mode_with_tokens_is_accepted()
    {
        var result = Read(("MASTER_AGENT_AUTH", "Token"), ("MASTER_AGENT_TOKENS", "prod=0123456789abcdef0123"));

        result.Problems.Should().BeEmpty();
        result.Settings.AgentAuth.Should().Be(AgentAuthMode.Token);
        result.Settings.AgentTokens.Should().Be("prod=0123456789abcdef0123");
    }

    [Test]
    public void Purge_age_below_the_stale_threshold_is_a_problem()
    {
        var result = Read(("MASTER_AGENT_STALE_THRESHOLD", "2h"), ("MASTER_AGENT_PURGE_AFTER", "1h"));

        result.Problems.Should().Equal(
            "MASTER_AGENT_PURGE_AFTER='1h': expected a duration at least MASTER_AGENT_STALE_THRESHOLD's: "
            + "a record is purged only after its agent left the live registry");
    }

    [Test]
    public void Equal_ports_are_a_problem()
    {
        var result = Read(("MASTER_HTTP_PORT", "9000"), ("MASTER_AGENT_PORT", "9000"));

        result.Problems.Should().Equal("MASTER_AGENT_PORT='9000': expected a port other than MASTER_HTTP_PORT's");
    }

    [Test]
    public void Every_problem_is_collected_at_once()
    {
        var result = Read(
            ("MASTER_HTTP_PORT", "70000"),
            ("MASTER_COMMAND_POLL_TIMEOUT", "90s"),
            ("MASTER_SNAPSHOT_MAX_BYTES", "lots"),
            ("MASTER_AGENT_AUTH", "token"));

        result.Problems.Should().HaveCount(4);
        result.Problems.Select(p => p[..p.IndexOf('=', StringComparison.Ordinal)]).Should().BeEquivalentTo(
            "MASTER_HTTP_PORT", "MASTER_COMMAND_POLL_TIMEOUT", "MASTER_SNAPSHOT_MAX_BYTES", "MASTER_AGENT_TOKENS");
    }

    [TestCase("postgres", DatabaseType.Postgres)]
    [TestCase("MySQL", DatabaseType.MySql)]
    public void Server_engines_are_read_with_their_dsn_and_pool_size(string type, DatabaseType expected)
    {
        var result = Read(("MASTER_DB_TYPE", type), ("MASTER_DB_DSN", "Host=db;Username=master;Password=p"), ("MASTER_DB_MAX_CONNS", "25"));

        result.Problems.Should().BeEmpty();
        result.Settings.DatabaseType.Should().Be(expected);
        result.Settings.DatabaseDsn.Should().Be("Host=db;Username=master;Password=p");
        result.Settings.DatabaseMaxConnections.Should().Be(25);
    }

    [Test]
    public void Server_engine_without_a_dsn_is_a_problem()
    {
        var result = Read(("MASTER_DB_TYPE", "postgres"));

        result.Problems.Should().Equal("MASTER_DB_DSN: expected a connection string when MASTER_DB_TYPE is postgres");
    }

    [Test]
    public void Malformed_dsn_is_a_problem_that_never_shows_the_value()
    {
        var result = Read(("MASTER_DB_TYPE", "mysql"), ("MASTER_DB_DSN", "Server=db;Password='secret-pw"));

        result.Problems.Should().ContainSingle().Which.Should().StartWith("MASTER_DB_DSN: expected a connection string").And.NotContain("secret-pw");
    }

    [Test]
    public void Database_path_defaults_into_the_data_directory()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "master-data");

        var result = Read(("MASTER_DATA_DIR", dataDirectory));

        result.Settings.DataDirectory.Should().Be(dataDirectory);
        result.Settings.DatabasePath.Should().Be(Path.Combine(dataDirectory, "master.db"));
    }

    [Test]
    public void Relative_paths_are_resolved_against_the_working_directory()
    {
        var result = Read(("MASTER_DATA_DIR", "state"), ("MASTER_DB_PATH", "db/m.db"));

        result.Settings.DataDirectory.Should().Be(Path.GetFullPath("state"));
        result.Settings.DatabasePath.Should().Be(Path.GetFullPath("db/m.db"));
    }

    [Test]
    public void Unknown_master_variables_are_reported_but_documented_and_test_ones_are_not()
    {
        var result = Read(("MASTER_HTTP_PROT", "1"), ("MASTER_REDIS_ADDR", "r:6379"), ("MASTER_TEST_REDIS", "x"), ("OTHER", "y"));

        result.Problems.Should().BeEmpty();
        result.UnknownVariables.Should().Equal("MASTER_HTTP_PROT");
    }

    [TestCase("MASTER_HTTP_PORT", "Master:HttpPort")]
    [TestCase("MASTER_COMMAND_POLL_TIMEOUT", "Master:CommandPollTimeout")]
    [TestCase("MASTER_DATAHUB_TYPE", "Master:DatahubType")]
    public void Settings_key_is_the_pascal_case_of_the_variable(string variable, string key)
    {
        MasterVariables.SettingsKey(variable).Should().Be(key);
    }
}
