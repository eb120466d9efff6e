namespace Master.Host.Configuration;

/// <summary>
/// The names of configuration.md. Each variable is also read from <c>appsettings.json</c> as <c>Master:</c> plus the
/// PascalCase of its name without the prefix (<c>MASTER_COMMAND_POLL_TIMEOUT</c> → <c>Master:CommandPollTimeout</c>).
/// </summary>
internal static class MasterVariables
{
    public const string Prefix = "MASTER_";

    public const string HttpPort = "MASTER_HTTP_PORT";
    public const string AgentPort = "MASTER_AGENT_PORT";
    public const string BindAddress = "MASTER_BIND_ADDRESS";
    public const string DataHubType = "MASTER_DATAHUB_TYPE";
    public const string RedisAddr = "MASTER_REDIS_ADDR";
    public const string RedisPassword = "MASTER_REDIS_PASSWORD";
    public const string RedisDb = "MASTER_REDIS_DB";
    public const string RedisPrefix = "MASTER_REDIS_PREFIX";
    public const string CommandPollTimeout = "MASTER_COMMAND_POLL_TIMEOUT";
    public const string HeartbeatTimeout = "MASTER_HEARTBEAT_TIMEOUT";
    public const string CommandExpiry = "MASTER_COMMAND_EXPIRY";
    public const string CommandResultTimeout = "MASTER_COMMAND_RESULT_TIMEOUT";
    public const string SnapshotMaxBytes = "MASTER_SNAPSHOT_MAX_BYTES";
    public const string AgentAuth = "MASTER_AGENT_AUTH";
    public const string AgentTokens = "MASTER_AGENT_TOKENS";
    public const string DataDir = "MASTER_DATA_DIR";
    public const string DbType = "MASTER_DB_TYPE";
    public const string DbPath = "MASTER_DB_PATH";
    public const string DbDsn = "MASTER_DB_DSN";
    public const string DbMaxConns = "MASTER_DB_MAX_CONNS";
    public const string EventRetentionDays = "MASTER_EVENT_RETENTION_DAYS";
    public const string EventMaxCount = "MASTER_EVENT_MAX_COUNT";
    public const string EventCleanupInterval = "MASTER_EVENT_CLEANUP_INTERVAL";
    public const string AgentCleanupInterval = "MASTER_AGENT_CLEANUP_INTERVAL";
    public const string AgentStaleThreshold = "MASTER_AGENT_STALE_THRESHOLD";
    public const string AgentPurgeAfter = "MASTER_AGENT_PURGE_AFTER";
    public const string AdminUsername = "MASTER_ADMIN_USERNAME";
    public const string AdminPassword = "MASTER_ADMIN_PASSWORD";
    public const string SessionTtl = "MASTER_SESSION_TTL";
    public const string SecretKey = "MASTER_SECRET_KEY";
    public const string LogLevel = "MASTER_LOG_LEVEL";
    public const string LogFormat = "MASTER_LOG_FORMAT";

    /// <summary>Variables of the test suite (<c>MASTER_TEST_REDIS</c>, ...), never read by Master itself.</summary>
    public const string TestPrefix = "MASTER_TEST_";

    /// <summary>Every documented variable, including those later parts of Master read; anything else is reported.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        HttpPort, AgentPort, BindAddress, DataHubType, RedisAddr, RedisPassword, RedisDb, RedisPrefix, CommandPollTimeout, HeartbeatTimeout, CommandExpiry, CommandResultTimeout,
        SnapshotMaxBytes, AgentAuth,
        AgentTokens, DataDir, DbType, DbPath, DbDsn, DbMaxConns, EventRetentionDays, EventMaxCount, EventCleanupInterval,
        AgentCleanupInterval, AgentStaleThreshold, AgentPurgeAfter, AdminUsername, AdminPassword, SessionTtl, SecretKey, LogLevel,
        LogFormat,
    };

    /// <summary>The <c>appsettings.json</c> key of a variable: <c>MASTER_HTTP_PORT</c> → <c>Master:HttpPort</c>.</summary>
    public static string SettingsKey(string variable)
    {
        var words = variable[Prefix.Length..].Split('_');
        return "Master:" + string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
