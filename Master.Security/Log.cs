using Microsoft.Extensions.Logging;
namespace Master.Security;

/// <summary>The security services' log events (ids 9000–9999, docs/logging.md).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "First administrator '{Username}' created")]
    public static partial void InitialAdminCreated(this ILogger logger, string username);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning,
        Message = "First administrator '{Username}' created with the generated password {Password} (also in {File}); change it after signing in")]
    public static partial void InitialAdminPasswordGenerated(this ILogger logger, string username, string password, string file);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error,
        Message = "User '{Username}' has the unknown role '{Role}' in the store; it cannot sign in")]
    public static partial void UnknownRole(this ILogger logger, string username, string role);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Warning,
        Message = "Writing {Entries} audit entries failed; they are kept and written when the store answers")]
    public static partial void AuditWriteFailed(this ILogger logger, int entries, Exception exception);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Error,
        Message = "Writing {Entries} audit entries failed while Master stops; they are lost")]
    public static partial void AuditEntriesLost(this ILogger logger, int entries, Exception exception);

    [LoggerMessage(EventId = 9012, Level = LogLevel.Warning, Message = "An audit entry came after Master stopped taking entries; it is lost")]
    public static partial void AuditEntryAfterStop(this ILogger logger);

    [LoggerMessage(EventId = 9020, Level = LogLevel.Warning,
        Message = "Writing {Entries} security events failed; they are kept and written when the store answers")]
    public static partial void SecurityEventWriteFailed(this ILogger logger, int entries, Exception exception);

    [LoggerMessage(EventId = 9021, Level = LogLevel.Error,
        Message = "Writing {Entries} security events failed while Master stops; they are lost")]
    public static partial void SecurityEventsLost(this ILogger logger, int entries, Exception exception);

    [LoggerMessage(EventId = 9022, Level = LogLevel.Warning,
        Message = "A security event came after Master stopped taking entries; it is lost")]
    public static partial void SecurityEventAfterStop(this ILogger logger);

    [LoggerMessage(EventId = 9030, Level = LogLevel.Warning,
        Message = "Writing the last use of {Tokens} tokens failed; it is retried on the next flush")]
    public static partial void TokenUsageWriteFailed(this ILogger logger, int tokens, Exception exception);
}
