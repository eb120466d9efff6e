using Master.DataHub.Commands;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

/// <summary>
/// Every key and channel the hub uses, behind one prefix (docs/deployment.md lists the layout). Cluster ids and command
/// ids go into key names as they are: Redis keys are binary-safe.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    /// <summary>Hash of a cluster's latest snapshot: <c>v</c> version, <c>at</c> received, <c>hash</c>, <c>data</c> (compressed JSON).</summary>
    public RedisKey Snapshot(string clusterId) => prefix + "snapshot:" + clusterId;

    /// <summary>Hash of a cluster's agent: first, last, hb, snap (times), online ("1"/"0" as last announced), report (JSON).</summary>
    public RedisKey Agent(string clusterId) => prefix + "agent:" + clusterId;

    /// <summary>Sorted set of every known agent's cluster id, scored by its last contact.</summary>
    public RedisKey Agents => prefix + "agents";

    /// <summary>Hash of one command: its creation JSON and the fields that change with its status.</summary>
    public RedisKey Command(string commandId) => prefix + "command:" + commandId;

    /// <summary>The key prefix of commands, which scripts append ids to.</summary>
    public string CommandPrefix => prefix + "command:";

    /// <summary>List of the ids queued for one cluster and topic, head first.</summary>
    public RedisKey Queue(string clusterId, CommandTopic topic) => prefix + "queue:" + QueueName(clusterId, topic);

    /// <summary>The key prefix of queues, which scripts complete with <see cref="QueueName"/>.</summary>
    public string QueuePrefix => prefix + "queue:";

    /// <summary>Sorted set of every command the hub holds, scored by enqueue order.</summary>
    public RedisKey Commands => prefix + "commands";

    /// <summary>Counter of <see cref="Commands"/> scores.</summary>
    public RedisKey CommandSequence => prefix + "commands:sequence";

    /// <summary>Sorted set of pending command ids, scored by expiry.</summary>
    public RedisKey Pending => prefix + "commands:pending";

    /// <summary>Sorted set of dispatched command ids, scored by result deadline.</summary>
    public RedisKey Dispatched => prefix + "commands:dispatched";

    /// <summary>List of finished command ids, oldest first, trimmed to the retention.</summary>
    public RedisKey Finished => prefix + "commands:finished";

    /// <summary>String holding a fleet lease: the holder and its expiry.</summary>
    public RedisKey Lease(string name) => prefix + "lease:" + name;

    /// <summary>The change feed: every change, as a flat JSON object of strings.</summary>
    public RedisChannel Changes => RedisChannel.Literal(prefix + "changes");

    /// <summary>Wake-ups for held polls: the queue name of a queue that gained a command.</summary>
    public RedisChannel Wake => RedisChannel.Literal(prefix + "wake");

    /// <summary>A queue's name inside <see cref="QueuePrefix"/> and on <see cref="Wake"/>: topic, then cluster id.</summary>
    public static string QueueName(string clusterId, CommandTopic topic) => TopicName(topic) + ":" + clusterId;

    public static string TopicName(CommandTopic topic) => topic == CommandTopic.Ai ? "ai" : "ops";
}
