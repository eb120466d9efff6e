using System.Text.Json;
using Master.DataHub.Changes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Master.Gateway.Live;

/// <summary>Turns hub changes and replies into <see cref="LiveFrame"/>s, in the gateway's JSON conventions.</summary>
internal sealed class LiveFrames(IOptions<JsonOptions> jsonOptions, TimeProvider timeProvider)
{
    public const string Subscribed = "subscribed";
    public const string Unsubscribed = "unsubscribed";
    public const string Error = "error";

    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    /// <summary>
    /// The message of <paramref name="change"/>, or null for a change clients are not told about. Only what the change
    /// carries goes out: reading the snapshot or the registry here would hold up every client behind one lookup.
    /// </summary>
    public LiveFrame? From(Change change) => change switch
    {
        SnapshotUpdated updated => Frame(
            LiveTopic.Clusters, "cluster.updated", updated.At, new LiveClusterVersion(updated.ClusterId, updated.Version)),
        AgentOnline online => Frame(LiveTopic.Clusters, "cluster.online", online.At, new LiveCluster(online.ClusterId)),
        AgentOffline offline => Frame(
            LiveTopic.Clusters, "cluster.offline", offline.At, new LiveClusterOffline(offline.ClusterId, offline.LastSeen)),
        ClusterRemoved removed => Frame(LiveTopic.Clusters, "cluster.removed", removed.At, new LiveCluster(removed.ClusterId)),
        CommandUpdated updated => Frame(LiveTopic.Commands, "command.updated", updated.At, LiveCommand.From(updated.Command)),
        _ => null,
    };

    /// <summary>The acknowledgement of a subscribe or unsubscribe: the connection's topics from now on.</summary>
    public LiveFrame Topics(string type, LiveTopic topics) =>
        Frame(LiveTopic.None, type, timeProvider.GetUtcNow(), new LiveTopicList(LiveTopics.Names(topics)));

    public LiveFrame Problem(string code, string message) =>
        Frame(LiveTopic.None, Error, timeProvider.GetUtcNow(), new LiveError(code, message));

    private LiveFrame Frame<TData>(LiveTopic topic, string type, DateTimeOffset at, TData data) =>
        new(topic, JsonSerializer.SerializeToUtf8Bytes(new LiveMessage<TData>(type, at, data), _json));
}
