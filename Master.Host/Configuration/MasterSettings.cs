using System.Net;
using Master.AgentSdk;
using Master.Database;

namespace Master.Host.Configuration;

/// <summary>The parsed and checked <c>MASTER_*</c> variables this version reads.</summary>
internal sealed record MasterSettings
{
    public int HttpPort { get; init; } = 8080;

    public int AgentPort { get; init; } = 8081;

    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    public DataHubType DataHubType { get; init; } = DataHubType.Memory;

    /// <summary>The Redis server: <c>host:port</c> or a StackExchange.Redis configuration string.</summary>
    public string RedisAddress { get; init; } = "localhost:6379";

    /// <summary>The Redis password; never written to a log or an error.</summary>
    public string? RedisPassword { get; init; }

    public int RedisDatabase { get; init; }

    public string RedisPrefix { get; init; } = "master:";

    public TimeSpan CommandPollTimeout { get; init; } = TimeSpan.FromSeconds(25);

    public TimeSpan HeartbeatTimeout { get; init; } = TimeSpan.FromSeconds(45);

    public TimeSpan CommandExpiry { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan CommandResultTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public long SnapshotMaxBytes { get; init; } = 256L << 20;

    public AgentAuthMode AgentAuth { get; init; } = AgentAuthMode.Off;

    public string? AgentTokens { get; init; }

    /// <summary>Absolute path of the data folder.</summary>
    public string DataDirectory { get; init; } = Path.GetFullPath("data");

    /// <summary>Absolute path of the SQLite file.</summary>
    public string DatabasePath { get; init; } = Path.GetFullPath(Path.Combine("data", "master.db"));

    public DatabaseType DatabaseType { get; init; } = DatabaseType.Sqlite;

    /// <summary>The connection string for PostgreSQL or MySQL; never written to a log or an error, it may hold a password.</summary>
    public string? DatabaseDsn { get; init; }

    public int DatabaseMaxConnections { get; init; } = 10;

    public int EventRetentionDays { get; init; } = 30;

    public int EventMaxCount { get; init; } = 100_000;

    public TimeSpan EventCleanupInterval { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan AgentCleanupInterval { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan AgentStaleThreshold { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan AgentPurgeAfter { get; init; } = TimeSpan.FromDays(30);

    public string AdminUsername { get; init; } = "admin";

    /// <summary>The first administrator's password; never written to a log or an error.</summary>
    public string? AdminPassword { get; init; }

    public TimeSpan SessionTtl { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Base64 of the key that encrypts secrets at rest; never written to a log or an error.</summary>
    public string? SecretKey { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    public LogFormat LogFormat { get; init; } = LogFormat.Text;
}
