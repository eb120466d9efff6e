using Microsoft.Extensions.Logging;

namespace Master.AgentSdk;

/// <summary>The agent channel's log events; ids 1000–1999, fixed once released.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "The agent channel is unauthenticated (MASTER_AGENT_AUTH=off); any client reaching it can act as any cluster's agent")]
    public static partial void AgentAuthOff(this ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "MASTER_COMMAND_POLL_TIMEOUT is {Timeout}; above 30 s agents have little time left to run a command and report it")]
    public static partial void LongPollTimeout(this ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning,
        Message = "agent_auth_failed: {Reason} on {Path} from {RemoteAddress} for cluster {ClusterId} (token fingerprint {TokenFingerprint}); later failures in the next minute are counted")]
    public static partial void AgentAuthFailed(
        this ILogger logger, string reason, string path, string remoteAddress, string? clusterId, string? tokenFingerprint);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning,
        Message = "agent_cluster_mismatch: result for command {CommandId} of cluster {CommandClusterId} sent with X-Cluster-ID {HeaderClusterId} from {RemoteAddress}; ignored")]
    public static partial void AgentClusterMismatch(
        this ILogger logger, string commandId, string commandClusterId, string headerClusterId, string remoteAddress);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning,
        Message = "Request body from cluster {ClusterId} is larger than the limit of {Limit} bytes; answered 413")]
    public static partial void PayloadTooLarge(this ILogger logger, string? clusterId, long limit);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning,
        Message = "Cluster id {ClusterId} contains characters (& # % + = ? or whitespace) that an unmodified agent does not escape in its poll URL")]
    public static partial void UnsafeClusterId(this ILogger logger, string clusterId);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Warning,
        Message = "Snapshot decoding queue is full ({Limit} running or waiting); push answered 503 busy")]
    public static partial void SnapshotQueueFull(this ILogger logger, int limit);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Malformed {Header} header from cluster {ClusterId} ignored: {Value}")]
    public static partial void MalformedAgentHeader(this ILogger logger, string header, string clusterId, string value);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Debug, Message = "Command {CommandId} dispatched to cluster {ClusterId}")]
    public static partial void CommandDispatched(this ILogger logger, string commandId, string clusterId);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Warning,
        Message = "Command {CommandId} for cluster {ClusterId} could not be delivered (client gone); returned to the head of its queue")]
    public static partial void CommandReturned(this ILogger logger, Exception? exception, string commandId, string clusterId);

    [LoggerMessage(EventId = 1050, Level = LogLevel.Debug, Message = "Result for unknown command {CommandId} ignored")]
    public static partial void ResultForUnknownCommand(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 1051, Level = LogLevel.Information, Message = "Late result for command {CommandId} (already timeout) kept; status unchanged")]
    public static partial void LateResult(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 1052, Level = LogLevel.Debug, Message = "Result for command {CommandId} ignored: {Outcome}")]
    public static partial void ResultIgnored(this ILogger logger, string commandId, Master.DataHub.Commands.ResultOutcome outcome);

    [LoggerMessage(EventId = 1053, Level = LogLevel.Warning,
        Message = "Result for command {CommandId} has an execTime that is not a non-negative integer ({Value}); stored as unset")]
    public static partial void MalformedExecTime(this ILogger logger, string commandId, string value);

    [LoggerMessage(EventId = 1054, Level = LogLevel.Warning,
        Message = "Result for command {CommandId} has an executedAt that is not a time ({Value}); stored as unset")]
    public static partial void MalformedExecutedAt(this ILogger logger, string commandId, string value);

    [LoggerMessage(EventId = 1055, Level = LogLevel.Debug, Message = "Log chunks for unknown command {CommandId} ignored")]
    public static partial void LogsForUnknownCommand(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 1056, Level = LogLevel.Warning,
        Message = "Log chunks for command {CommandId} not stored: the command history is unreachable; the agent was told to retry")]
    public static partial void LogsNotStored(this ILogger logger, Exception exception, string commandId);

    [LoggerMessage(EventId = 1090, Level = LogLevel.Error, Message = "Agent channel request {Path} failed")]
    public static partial void RequestFailed(this ILogger logger, Exception exception, string path);
}
