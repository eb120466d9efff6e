using Master.DataHub.Commands;
using Microsoft.Extensions.Logging;

namespace Master.DataHub.Memory;

/// <summary>The memory hub's log events: ids 3100–3199 of the DataHub block.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug,
        Message = "Memory DataHub started; heartbeat timeout {HeartbeatTimeout}, sweeps every {LivenessCheckInterval}")]
    public static partial void HubStarted(this ILogger logger, TimeSpan heartbeatTimeout, TimeSpan livenessCheckInterval);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Memory DataHub stopped; released {WaiterCount} held polls")]
    public static partial void HubStopped(this ILogger logger, int waiterCount);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Cluster {ClusterId} registered")]
    public static partial void AgentRegistered(this ILogger logger, string clusterId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Agent of cluster {ClusterId} is back online")]
    public static partial void AgentBackOnline(this ILogger logger, string clusterId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information,
        Message = "Agent of cluster {ClusterId} went offline; last seen {LastSeen}")]
    public static partial void AgentWentOffline(this ILogger logger, string clusterId, DateTimeOffset lastSeen);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "Command {CommandId} returned to the head of its queue")]
    public static partial void CommandReturned(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "Command {CommandId} expired before any poll took it")]
    public static partial void CommandExpired(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Information, Message = "Command {CommandId} timed out waiting for its result")]
    public static partial void CommandTimedOut(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Information,
        Message = "Late result for command {CommandId} kept; the command stays timeout")]
    public static partial void LateResult(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Debug, Message = "Result for unknown command {CommandId} ignored")]
    public static partial void UnknownCommandResult(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Debug,
        Message = "Result for command {CommandId} ignored: the command is already {Status}")]
    public static partial void ResultIgnored(this ILogger logger, string commandId, CommandStatus status);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning,
        Message = "A change-feed subscriber fell {Capacity} changes behind and was cut off")]
    public static partial void SubscriberCutOff(this ILogger logger, int capacity);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Error, Message = "The liveness and deadline sweep failed; it runs again at the next interval")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information,
        Message = "Cluster {ClusterId} removed; {ExpiredCount} queued commands expired")]
    public static partial void ClusterRemoved(this ILogger logger, string clusterId, int expiredCount);
}
