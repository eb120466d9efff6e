namespace Master.Testing.Servers;

/// <summary>
/// The real servers the suite runs against, from <c>MASTER_TEST_REDIS</c>, <c>MASTER_TEST_POSTGRES</c> and
/// <c>MASTER_TEST_MYSQL</c> (tests/servers/start.sh starts throw-away ones and exports them). A missing server skips its fixtures locally but
/// fails them when <c>CI=true</c>, so a broken CI setup can never pass by skipping everything.
/// </summary>
public static class TestServers
{
    /// <summary>The <c>host:port</c> of the Redis server.</summary>
    public const string RedisVariable = "MASTER_TEST_REDIS";

    /// <summary>The path of the <c>redis-server</c> binary, for tests that run a server of their own.</summary>
    public const string RedisServerVariable = "MASTER_TEST_REDIS_SERVER";

    /// <summary>The connection string of the PostgreSQL server.</summary>
    public const string PostgresVariable = "MASTER_TEST_POSTGRES";

    /// <summary>The connection string of the MariaDB (MySQL) server.</summary>
    public const string MySqlVariable = "MASTER_TEST_MYSQL";

    /// <summary>The variable's value; a missing one ignores the test locally and fails it when <c>CI=true</c>.</summary>
    public static string Require(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        var message = $"{variable} is not set; source tests/servers/start.sh to start the test servers";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return string.Empty;
    }
}
