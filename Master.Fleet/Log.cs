using Microsoft.Extensions.Logging;

namespace Master.Fleet;

/// <summary>The fleet bookkeeping's log events (ids 8000–8999, docs/logging.md).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 8000, Level = LogLevel.Information,
        Message = "Cluster registry loaded: {Clusters} clusters, {Agents} agent records")]
    public static partial void RegistryLoaded(this ILogger logger, int clusters, int agents);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Cluster {ClusterId} registered as '{Name}'")]
    public static partial void ClusterRegistered(this ILogger logger, string clusterId, string name);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning,
        Message = "Writing agent records failed; the {Pending} changed agents are written on the next attempt")]
    public static partial void AgentWriteFailed(this ILogger logger, int pending, Exception exception);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information,
        Message = "Agent of cluster {ClusterId} silent since {LastSeen:o}; removed from the live registry, its record stays")]
    public static partial void StaleAgentRemoved(this ILogger logger, string clusterId, DateTimeOffset lastSeen);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Information,
        Message = "Agent record of cluster {ClusterId} silent since before {Cutoff:o}; purged with its registry entry")]
    public static partial void AgentPurged(this ILogger logger, string clusterId, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Warning, Message = "Stale-agent cleanup failed; it runs again in {Interval}")]
    public static partial void AgentCleanupFailed(this ILogger logger, TimeSpan interval, Exception exception);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Warning,
        Message = "Persisting the events of cluster {ClusterId} (snapshot version {Version}) failed; they stay marked and are retried")]
    public static partial void EventPersistFailed(this ILogger logger, string clusterId, long version, Exception exception);

    [LoggerMessage(EventId = 8007, Level = LogLevel.Warning,
        Message = "The event persister fell behind the change feed; re-reading every cluster's latest snapshot")]
    public static partial void EventFeedOverflow(this ILogger logger);

    [LoggerMessage(EventId = 8008, Level = LogLevel.Information,
        Message = "Event retention deleted {Expired} events older than {Cutoff:o} and {Trimmed} beyond {MaxCount} per cluster")]
    public static partial void EventsTrimmed(this ILogger logger, int expired, DateTimeOffset cutoff, int trimmed, int maxCount);

    [LoggerMessage(EventId = 8009, Level = LogLevel.Warning, Message = "Event retention failed; it runs again in {Interval}")]
    public static partial void EventRetentionFailed(this ILogger logger, TimeSpan interval, Exception exception);

    [LoggerMessage(EventId = 8010, Level = LogLevel.Information,
        Message = "{Action} submitted to {Clusters} clusters by {CreatedBy} from {Source}; the first command is {FirstCommandId}")]
    public static partial void CommandsSubmitted(
        this ILogger logger, string action, int clusters, string createdBy, string source, string firstCommandId);

    [LoggerMessage(EventId = 8011, Level = LogLevel.Information, Message = "Command {CommandId} cancelled")]
    public static partial void CommandCancelled(this ILogger logger, string commandId);

    [LoggerMessage(EventId = 8012, Level = LogLevel.Warning,
        Message = "Writing the command history failed; the {Pending} changed commands are written on the next attempt")]
    public static partial void CommandHistoryWriteFailed(this ILogger logger, int pending, Exception exception);

    [LoggerMessage(EventId = 8013, Level = LogLevel.Warning,
        Message = "The command history fell behind the change feed; re-reading every command the hub holds")]
    public static partial void CommandFeedOverflow(this ILogger logger);

    [LoggerMessage(EventId = 8014, Level = LogLevel.Information,
        Message = "Command history restored {Restored} unfinished commands to the live queues ({Held} were held already)")]
    public static partial void CommandsRestored(this ILogger logger, int restored, int held);

    [LoggerMessage(EventId = 8015, Level = LogLevel.Error,
        Message = "Stopping with {Pending} command changes not written to the history: the store stayed unreachable")]
    public static partial void CommandHistoryLost(this ILogger logger, int pending);

    [LoggerMessage(EventId = 8016, Level = LogLevel.Debug, Message = "Command {CommandId} queued for cluster {ClusterId}")]
    public static partial void CommandQueued(this ILogger logger, string commandId, string clusterId);

    [LoggerMessage(EventId = 8050, Level = LogLevel.Warning,
        Message = "{Count} recorded commands could not be queued because the DataHub became unreachable; they are recorded as cancelled")]
    public static partial void CommandsNotQueued(this ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 8051, Level = LogLevel.Warning,
        Message = "Unfinished commands were not restored at start because the DataHub is unreachable; a shared hub kept its own queues")]
    public static partial void CommandRestoreSkipped(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8052, Level = LogLevel.Warning,
        Message = "The {Job} job cannot reach the DataHub; it subscribes and re-reads again in a second")]
    public static partial void FeedHubUnavailable(this ILogger logger, string job);

    [LoggerMessage(EventId = 8053, Level = LogLevel.Debug, Message = "Another instance holds the {Lease} lease; it does this pass for the fleet")]
    public static partial void FleetPassElsewhere(this ILogger logger, string lease);
}
