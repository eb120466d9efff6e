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
}
