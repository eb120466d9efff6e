using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Master.AgentSdk;
using Master.Database;
using Master.Security.Accounts;
using Master.Security.Passwords;
using Master.Security.Secrets;

namespace Master.Host.Configuration;

/// <summary>
/// Reads the <c>MASTER_*</c> variables from configuration (environment first, then <c>Master:Xxx</c> keys) and checks
/// every one, collecting all problems instead of stopping at the first.
/// </summary>
internal sealed class MasterSettingsReader(IConfiguration configuration)
{
    public static readonly TimeSpan PollTimeoutAdvice = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollTimeoutLimit = TimeSpan.FromSeconds(60);
    // In the order of DataHubType.
    private static readonly string[] DataHubTypes = ["memory", "redis"];
    private static readonly string[] AgentAuthModes = ["off", "token"];

    // In the order of DatabaseType.
    private static readonly string[] DatabaseTypes = ["sqlite", "postgres", "mysql"];
    private static readonly string[] LogFormats = ["text", "json"];
    private static readonly string[] LogLevels = Enum.GetNames<LogLevel>();

    private readonly List<string> _problems = [];

    public static MasterConfigurationResult Read(IConfiguration configuration) => new MasterSettingsReader(configuration).Read();

    private MasterConfigurationResult Read()
    {
        var defaults = new MasterSettings();
        var httpPort = Port(MasterVariables.HttpPort, defaults.HttpPort);
        var agentPort = Port(MasterVariables.AgentPort, defaults.AgentPort);
        if (httpPort != 0 && httpPort == agentPort)
        {
            Problem(MasterVariables.AgentPort, agentPort.ToString(CultureInfo.InvariantCulture), $"expected a port other than {MasterVariables.HttpPort}'s");
        }

        var dataDirectory = Path.GetFullPath(Text(MasterVariables.DataDir) ?? "data");
        var settings = new MasterSettings
        {
            HttpPort = httpPort,
            AgentPort = agentPort,
            BindAddress = Parse(MasterVariables.BindAddress, defaults.BindAddress, ValueParsers.TryParseIPAddress,
                "expected an IP address such as 0.0.0.0, 127.0.0.1 or ::"),
            DataHubType = (DataHubType)Choice(MasterVariables.DataHubType, (int)defaults.DataHubType, DataHubTypes),
            RedisAddress = RedisAddress(defaults.RedisAddress),
            RedisPassword = Text(MasterVariables.RedisPassword),
            RedisDatabase = Integer(MasterVariables.RedisDb, defaults.RedisDatabase, 0, 15),
            RedisPrefix = Parse(MasterVariables.RedisPrefix, defaults.RedisPrefix,
                (string? text, out string value) => (value = text ?? string.Empty).Length <= 64 && !value.Any(char.IsWhiteSpace),
                "expected 1 to 64 characters without spaces, such as master: or prod-master:"),
            CommandPollTimeout = Duration(MasterVariables.CommandPollTimeout, defaults.CommandPollTimeout,
                TimeSpan.Zero, PollTimeoutLimit, "expected a duration above 0 and below 60s, such as 25s"),
            HeartbeatTimeout = Duration(MasterVariables.HeartbeatTimeout, defaults.HeartbeatTimeout,
                TimeSpan.FromMilliseconds(99), TimeSpan.FromDays(1) + TimeSpan.FromTicks(1), "expected a duration from 100ms to 1d, such as 45s"),
            CommandExpiry = Duration(MasterVariables.CommandExpiry, defaults.CommandExpiry,
                TimeSpan.FromMilliseconds(999), TimeSpan.FromDays(7) + TimeSpan.FromTicks(1), "expected a duration from 1s to 7d, such as 10m"),
            CommandResultTimeout = Duration(MasterVariables.CommandResultTimeout, defaults.CommandResultTimeout,
                TimeSpan.FromMilliseconds(999), TimeSpan.FromDays(1) + TimeSpan.FromTicks(1), "expected a duration from 1s to 1d, such as 2m"),
            SnapshotMaxBytes = ByteSize(MasterVariables.SnapshotMaxBytes, defaults.SnapshotMaxBytes, 1L << 10, 4L << 30,
                "expected a byte size from 1KiB to 4GiB, such as 268435456 or 256MiB"),
            AgentAuth = AgentAuth(),
            AgentTokens = Text(MasterVariables.AgentTokens),
            DataDirectory = dataDirectory,
            DatabasePath = Path.GetFullPath(Text(MasterVariables.DbPath) ?? Path.Combine(dataDirectory, "master.db")),
            DatabaseType = (DatabaseType)Choice(MasterVariables.DbType, (int)defaults.DatabaseType, DatabaseTypes),
            DatabaseDsn = Text(MasterVariables.DbDsn),
            DatabaseMaxConnections = Integer(MasterVariables.DbMaxConns, defaults.DatabaseMaxConnections, 1, 1000),
            EventRetentionDays = Integer(MasterVariables.EventRetentionDays, defaults.EventRetentionDays, 1, 36_500),
            EventMaxCount = Integer(MasterVariables.EventMaxCount, defaults.EventMaxCount, 1, 100_000_000),
            EventCleanupInterval = Duration(MasterVariables.EventCleanupInterval, defaults.EventCleanupInterval,
                TimeSpan.FromMilliseconds(999), TimeSpan.FromDays(7) + TimeSpan.FromTicks(1), "expected a duration from 1s to 7d, such as 1h"),
            AgentCleanupInterval = Duration(MasterVariables.AgentCleanupInterval, defaults.AgentCleanupInterval,
                TimeSpan.FromMilliseconds(999), TimeSpan.FromDays(7) + TimeSpan.FromTicks(1), "expected a duration from 1s to 7d, such as 5m"),
            AgentStaleThreshold = Duration(MasterVariables.AgentStaleThreshold, defaults.AgentStaleThreshold,
                TimeSpan.FromMilliseconds(999), TimeSpan.FromDays(3650) + TimeSpan.FromTicks(1), "expected a duration from 1s to 3650d, such as 10m"),
            AgentPurgeAfter = Duration(MasterVariables.AgentPurgeAfter, defaults.AgentPurgeAfter,
                TimeSpan.FromMilliseconds(999), TimeSpan.FromDays(36_500) + TimeSpan.FromTicks(1), "expected a duration from 1s to 36500d, such as 30d"),
            AdminUsername = Parse(MasterVariables.AdminUsername, defaults.AdminUsername,
                (string? text, out string value) => Regex.IsMatch(value = text ?? string.Empty, Usernames.Pattern),
                "expected 1 to 64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit"),
            AdminPassword = Secret(MasterVariables.AdminPassword, PasswordPolicy.Problem),
            SessionTtl = Duration(MasterVariables.SessionTtl, defaults.SessionTtl,
                TimeSpan.FromSeconds(59), TimeSpan.FromDays(365) + TimeSpan.FromTicks(1), "expected a duration from 1m to 365d, such as 24h"),
            SecretKey = Secret(MasterVariables.SecretKey, text => SecretKey.TryParse(text, out _, out var problem) ? null : problem),
            LogLevel = (LogLevel)Choice(MasterVariables.LogLevel, (int)defaults.LogLevel, LogLevels),
            LogFormat = (LogFormat)Choice(MasterVariables.LogFormat, (int)defaults.LogFormat, LogFormats),
        };
        DatabaseDsn(settings);
        if (settings.AgentPurgeAfter < settings.AgentStaleThreshold)
        {
            Problem(MasterVariables.AgentPurgeAfter, Raw(MasterVariables.AgentPurgeAfter).Value ?? string.Empty,
                $"expected a duration at least {MasterVariables.AgentStaleThreshold}'s: a record is purged only after its agent left the live registry");
        }

        if (settings.AgentAuth == AgentAuthMode.Token && settings.AgentTokens is null)
        {
            Problem(MasterVariables.AgentTokens, string.Empty, $"expected clusterId=token entries (or *=token) when {MasterVariables.AgentAuth} is token");
        }

        return new MasterConfigurationResult(settings, _problems, UnknownVariables());
    }

    /// <summary>A configuration string may hold <c>password=</c>: one with options is not echoed.</summary>
    private string RedisAddress(string fallback)
    {
        var (source, value) = Raw(MasterVariables.RedisAddr);
        if (value is null)
        {
            return fallback;
        }

        if (ValueParsers.TryParseRedisConfiguration(value, out var address))
        {
            return address;
        }

        var shown = value.Contains('=', StringComparison.Ordinal) ? string.Empty : $"='{value}'";
        _problems.Add($"{source}{shown}: expected host:port or a StackExchange.Redis configuration string with an endpoint, "
            + "such as redis:6379 or redis:6379,ssl=true");
        return fallback;
    }

    /// <summary>The DSN's value is never echoed: it may hold a password.</summary>
    private void DatabaseDsn(MasterSettings settings)
    {
        var (source, dsn) = Raw(MasterVariables.DbDsn);
        if (dsn is null)
        {
            if (settings.DatabaseType != DatabaseType.Sqlite)
            {
                var type = DatabaseTypes[(int)settings.DatabaseType];
                _problems.Add($"{source}: expected a connection string when {MasterVariables.DbType} is {type}");
            }

            return;
        }

        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = dsn };
        }
        catch (ArgumentException)
        {
            _problems.Add($"{source}: expected a connection string of key=value pairs separated by ';', such as "
                + "Host=db;Database=master;Username=master;Password=... (the value is not shown, it may hold a password)");
        }
    }

    /// <summary>A value that must not be echoed: the problem names the variable and what is wrong, never the value.</summary>
    private string? Secret(string variable, Func<string, string?> problemOf)
    {
        var (source, value) = Raw(variable);
        if (value is not null && problemOf(value) is { } problem)
        {
            _problems.Add($"{source}: {problem.TrimEnd('.')} (the value is not shown, it is a secret)");
            return null;
        }

        return value;
    }

    private AgentAuthMode AgentAuth() =>
        Choice(MasterVariables.AgentAuth, 0, AgentAuthModes) == 1 ? AgentAuthMode.Token : AgentAuthMode.Off;

    private int Port(string variable, int fallback) =>
        Parse(variable, fallback, ValueParsers.TryParsePort, "expected a port number from 1 to 65535 (0 picks a free port)");

    private int Integer(string variable, int fallback, int min, int max) =>
        Parse(variable, fallback, (string? text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max,
            string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {min} to {max}"));

    private TimeSpan Duration(string variable, TimeSpan fallback, TimeSpan above, TimeSpan below, string expected) =>
        Parse(variable, fallback, (string? text, out TimeSpan value) =>
            ValueParsers.TryParseDuration(text, out value) && value > above && value < below, expected);

    private long ByteSize(string variable, long fallback, long min, long max, string expected) =>
        Parse(variable, fallback, (string? text, out long value) =>
            ValueParsers.TryParseByteSize(text, out value) && value >= min && value <= max, expected);

    private int Choice(string variable, int fallback, string[] names) =>
        Parse(variable, fallback, (string? text, out int index) => ValueParsers.TryParseChoice(text, names, out index),
            names.Length == 2 ? $"expected {names[0].ToLowerInvariant()} or {names[1].ToLowerInvariant()}" : $"expected one of {string.Join(", ", names)}");

    private delegate bool TryParse<T>(string? text, out T value);

    private T Parse<T>(string variable, T fallback, TryParse<T> tryParse, string expected)
    {
        var (source, value) = Raw(variable);
        if (value is null)
        {
            return fallback;
        }

        if (tryParse(value, out var parsed))
        {
            return parsed;
        }

        _problems.Add($"{source}='{value}': {expected}");
        return fallback;
    }

    private void Problem(string variable, string value, string expected)
    {
        var (source, _) = Raw(variable);
        _problems.Add($"{source}='{value}': {expected}");
    }

    private string? Text(string variable) => Raw(variable).Value;

    /// <summary>The variable wins over its settings key; blank counts as unset.</summary>
    private (string Source, string? Value) Raw(string variable)
    {
        var value = configuration[variable];
        if (!string.IsNullOrWhiteSpace(value))
        {
            return (variable, value);
        }

        var key = MasterVariables.SettingsKey(variable);
        value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? (variable, null) : (key, value);
    }

    private List<string> UnknownVariables() =>
    [
        .. configuration.GetChildren()
            .Select(section => section.Key)
            .Where(key => key.StartsWith(MasterVariables.Prefix, StringComparison.OrdinalIgnoreCase)
                && !key.StartsWith(MasterVariables.TestPrefix, StringComparison.OrdinalIgnoreCase)
                && !MasterVariables.Known.Contains(key))
            .Order(StringComparer.Ordinal),
    ];
}
