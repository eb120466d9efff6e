using Microsoft.Extensions.Logging;

namespace Master.Gateway;

/// <summary>The Gateway's log events (ids 6000–6999, docs/logging.md).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    public static partial void UnhandledException(this ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the DataHub is unreachable ({Reason})")]
    public static partial void DataHubUnavailable(this ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Readiness check {Check} failed: {Detail}")]
    public static partial void ReadinessCheckFailed(this ILogger logger, string check, string detail);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "The response to {Method} {Path} failed after it had started")]
    public static partial void ResponseFailedAfterStart(this ILogger logger, Exception exception, string method, string path);
}
