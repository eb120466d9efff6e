using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Master.Database.Events;
using Master.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Events;

/// <summary>
/// A known event history in two clusters, each event's message naming it (<c>e1</c> ... <c>e9</c>), newest first:
/// <code>
/// e9  prod-us  Deployment shop/api                  ScalingReplicaSet Normal   05:58
/// e8  prod-us  Pod shop/api-5c8d7f9b4-qm2lp         BackOff           Warning  05:57  node us-1
/// e7  prod-eu  Node worker-a                        NodeNotReady      Warning  05:56  node worker-a
/// e4  prod-eu  Pod shop/api-5c8d7f9b4-qm2lp         BackOff           Warning  05:55  node worker-a
/// e6  prod-eu  Pod shop/web-6d9f8b7c5-abcde         BackOff           Warning  05:54  node worker-a  (same time as e5, newer id)
/// e5  prod-eu  Pod shop/api-5c8d7f9b4-x7k2n         Pulled            Normal   05:54  node worker-b
/// e3  prod-eu  Pod shop/api-5c8d7f9b4-qm2lp         Scheduled         Normal   05:52  node worker-a
/// e2  prod-eu  ReplicaSet shop/api-5c8d7f9b4        SuccessfulCreate  Normal   05:51  (no event uid)
/// e1  prod-eu  Deployment shop/api                  ScalingReplicaSet Normal   05:50
/// </code>
/// prod-eu has a live snapshot in which Deployment api owns ReplicaSet api-5c8d7f9b4, which owns both api pods; web's
/// pod belongs to another Deployment. prod-us has no agent: its history is all Master knows of it.
/// </summary>
internal static class EventHistory
{
    public const string Europe = "prod-eu";
    public const string Unconnected = "prod-us";

    public static readonly string[] NewestFirst = ["e9", "e8", "e7", "e4", "e6", "e5", "e3", "e2", "e1"];

    // The agent's wire format, by hand: the fixture builder's names are random, and its events would be persisted too.
    private const string EuropeSnapshot = """
        {
          "clusterId": "prod-eu",
          "fetchedAt": "2025-06-12T06:00:00Z",
          "pods": [
            {"summary": {"name": "api-5c8d7f9b4-qm2lp", "namespace": "shop", "nodeName": "worker-a",
                         "ownerKind": "ReplicaSet", "ownerName": "api-5c8d7f9b4"}},
            {"summary": {"name": "api-5c8d7f9b4-x7k2n", "namespace": "shop", "nodeName": "worker-b",
                         "ownerKind": "ReplicaSet", "ownerName": "api-5c8d7f9b4"}},
            {"summary": {"name": "web-6d9f8b7c5-abcde", "namespace": "shop", "nodeName": "worker-a",
                         "ownerKind": "ReplicaSet", "ownerName": "web-6d9f8b7c5"}}
          ],
          "deployments": [{"summary": {"name": "api", "namespace": "shop"}}, {"summary": {"name": "web", "namespace": "shop"}}],
          "replicaSets": [
            {"name": "api-5c8d7f9b4", "namespace": "shop", "kind": "ReplicaSet", "ownerKind": "Deployment", "ownerName": "api"},
            {"name": "web-6d9f8b7c5", "namespace": "shop", "kind": "ReplicaSet", "ownerKind": "Deployment", "ownerName": "web"}
          ],
          "events": []
        }
        """;

    public static async Task SeedAsync(GatewayFactory factory)
    {
        await factory.Agent.SendSnapshotAsync(Europe, Encoding.UTF8.GetBytes(EuropeSnapshot));
        var events = factory.Services.GetRequiredService<IClusterEventRepository>();
        await events.UpsertAsync(Europe,
        [
            Event("e1", "Deployment", "shop", "api", "ScalingReplicaSet", "Normal", 50, involvedUid: "uid-deploy-api"),
            Event(null, "ReplicaSet", "shop", "api-5c8d7f9b4", "SuccessfulCreate", "Normal", 51, message: "e2"),
            Event("e3", "Pod", "shop", "api-5c8d7f9b4-qm2lp", "Scheduled", "Normal", 52, "worker-a", "uid-pod-qm2lp"),
            Event("e5", "Pod", "shop", "api-5c8d7f9b4-x7k2n", "Pulled", "Normal", 54, "worker-b", "uid-pod-x7k2n"),
            Event("e6", "Pod", "shop", "web-6d9f8b7c5-abcde", "BackOff", "Warning", 54, "worker-a", "uid-pod-web"),
            Event("e4", "Pod", "shop", "api-5c8d7f9b4-qm2lp", "BackOff", "Warning", 55, "worker-a", "uid-pod-qm2lp"),
            Event("e7", "Node", string.Empty, "worker-a", "NodeNotReady", "Warning", 56, "worker-a", "uid-node-a"),
        ]);
        await events.UpsertAsync(Unconnected,
        [
            Event("e8", "Pod", "shop", "api-5c8d7f9b4-qm2lp", "BackOff", "Warning", 57, "us-1", "uid-us-pod"),
            Event("e9", "Deployment", "shop", "api", "ScalingReplicaSet", "Normal", 58),
        ]);
    }

    /// <summary>The messages of a reply's items, which name the events.</summary>
    public static string[] Names(JsonNode? body) =>
        [.. body!["items"]!.AsArray().Select(item => item!["message"]!.GetValue<string>())];

    /// <summary>An instant of the history: 05:<paramref name="minute"/> on the factory's day, as RFC 3339.</summary>
    public static string At(int minute) =>
        GatewayFactory.Start.AddMinutes(minute - 60).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// An event named <paramref name="uid"/> (or <paramref name="message"/> when it has no uid) that occurred three
    /// times, last at 05:<paramref name="minute"/>.
    /// </summary>
    private static ClusterEvent Event(
        string? uid, string kind, string ns, string name, string reason, string type, int minute, string node = "",
        string involvedUid = "", string? message = null)
    {
        var last = GatewayFactory.Start.AddMinutes(minute - 60);
        return new ClusterEvent(
            uid, kind, ns, name, reason, type, message ?? uid, "kubelet", 3, last.AddMinutes(-2), last, involvedUid, node);
    }
}
