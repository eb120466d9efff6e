using Microsoft.Extensions.Logging;

namespace Master.Processor;

/// <summary>The Processor's log events; it owns event ids 2000-2999.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning,
        Message = "Cluster {ClusterId} sent an unreadable value at {Path}: {Reason}, value '{Value}' ({Suppressed} more since the last report)")]
    public static partial void SnapshotValueUnreadable(
        this ILogger logger, string clusterId, string path, string reason, string value, long suppressed);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Snapshot rejected for cluster {ClusterId}: {Code}: {Reason}")]
    public static partial void SnapshotRejected(this ILogger logger, string? clusterId, string code, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Snapshot of cluster {ClusterId} stored as version {Version} ({Bytes} bytes, {Warnings} warnings)")]
    public static partial void SnapshotStored(this ILogger logger, string clusterId, long version, int bytes, int warnings);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug,
        Message = "Snapshot of cluster {ClusterId} unchanged ({Bytes} bytes, hash {Hash})")]
    public static partial void SnapshotUnchanged(this ILogger logger, string clusterId, int bytes, string hash);
}
