using Master.DataHub.Commands;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using CommandStatus = Master.DataHub.Commands.CommandStatus;

namespace Master.DataHub.Redis;

/// <summary>The Redis hub's log events: ids 3200–3299 of the DataHub block.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information,
        Message = "Redis DataHub started on {Endpoint} with key prefix {Prefix}; instance {InstanceId}")]
    public static partial void HubStarted(this ILogger logger, string endpoint, string prefix, string instanceId);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "Redis DataHub stopped; released {WaiterCount} held polls")]
    public static partial void HubStopped(this ILogger logger, int waiterCount);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning,
        Message = "Lost the Redis connection ({ConnectionType}): {FailureType}; reconnecting, change-feed subscribers re-read state")]
    public static partial void ConnectionLost(this ILogger logger, ConnectionType connectionType, ConnectionFailureType failureType, Exception? exception);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Redis connection ({ConnectionType}) restored")]
    public static partial void ConnectionRestored(this ILogger logger, ConnectionType connectionType);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Cluster {ClusterId} registered")]
    public static partial void AgentRegistered(this ILogger logger, string clusterId);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Information, Message = "Agent of cluster {ClusterId} is back online")]
    public static partial void AgentBackOnline(this ILogger logger, string clusterId);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Information,
        Message = "Agent of cluster {ClusterId} went offline; last seen {LastSeen}")]
    public static partial void AgentWentOffline(this ILogger logger, string clusterId, DateTimeOffset lastSeen);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Debug, Message = "Command {CommandId} returned to the head of its queue")]
    public static partial void CommandReturned(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Information, Message = "Command {CommandId} became {Status} past its deadline")]
    public static partial void CommandPastDeadline(this ILogger logger, string commandId, CommandStatus status);

    [LoggerMessage(EventId = 3209, Level = LogLevel.Debug, Message = "Result for command {CommandId}: {Outcome}")]
    public static partial void ResultHandled(this ILogger logger, string commandId, ResultOutcome outcome);

    [LoggerMessage(EventId = 3210, Level = LogLevel.Warning,
        Message = "A change-feed subscriber fell {Capacity} changes behind and was cut off")]
    public static partial void SubscriberCutOff(this ILogger logger, int capacity);

    [LoggerMessage(EventId = 3211, Level = LogLevel.Error, Message = "The liveness and deadline sweep failed; it runs again at the next interval")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Information,
        Message = "Cluster {ClusterId} removed; {ExpiredCount} queued commands expired")]
    public static partial void ClusterRemoved(this ILogger logger, string clusterId, long expiredCount);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Warning,
        Message = "Could not look at command queue {Queue} for held polls; the next wake-up or re-check tries again")]
    public static partial void ServeFailed(this ILogger logger, string queue, Exception exception);

    [LoggerMessage(EventId = 3214, Level = LogLevel.Error, Message = "Ignored an unreadable change-feed message")]
    public static partial void UnreadableChange(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3215, Level = LogLevel.Warning,
        Message = "Could not put command {CommandId} back after its poll went away; it stays dispatched until its result deadline")]
    public static partial void ReturnFailed(this ILogger logger, string commandId, Exception exception);

    [LoggerMessage(EventId = 3216, Level = LogLevel.Warning,
        Message = "Could not re-check the {QueueCount} command queues this instance holds polls for; the next re-check tries again")]
    public static partial void RecheckFailed(this ILogger logger, int queueCount, Exception exception);
}
