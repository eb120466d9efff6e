using Microsoft.Extensions.Logging;

namespace Master.Database;

/// <summary>The relational store's log events (ids 5000–5999, docs/logging.md).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Relational store ({Engine}) is at schema version {Version}; no migration to apply")]
    public static partial void SchemaUpToDate(this ILogger logger, DatabaseType engine, int version);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Relational store ({Engine}) migrated to schema version {Version} ({Name})")]
    public static partial void MigrationApplied(this ILogger logger, DatabaseType engine, int version, string name);
}
