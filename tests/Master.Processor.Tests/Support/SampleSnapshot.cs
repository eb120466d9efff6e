using System.Text;
using System.Text.Json.Nodes;
using Master.DataHub.Snapshots;

namespace Master.Processor.Tests.Support;

/// <summary>
/// The sample snapshot of agent-protocol.md §4.3.23 plus a namespace, a quota and a PV, so every normalised kind has a
/// row; as JSON to edit before decoding.
/// </summary>
internal static class SampleSnapshot
{
    public const string ClusterId = Master.Testing.Snapshots.SampleSnapshot.ClusterId;

    private const string Additions = """
        {
          "namespaces": [{"summary": {"name": "shop", "createdAt": "2025-05-03T08:00:00+08:00", "age": "40d"},
                          "status": {"phase": "Active"}, "resources": {}}],
          "resourceQuotas": [{"name": "shop-quota", "namespace": "shop", "createdAt": "2025-05-03T08:00:00+08:00", "age": "40d",
                              "hard": {"pods": "20", "requests.cpu": "4", "requests.memory": "8Gi"}, "used": {"pods": "1"}}],
          "pvs": [{"uid": "7c1d", "name": "pv-data", "kind": "PersistentVolume", "createdAt": "2025-05-03T08:00:00+08:00",
                   "capacity": "10Gi", "phase": "Bound"}]
        }
        """;

    /// <summary>A fresh editable copy.</summary>
    public static JsonObject Create()
    {
        var json = JsonNode.Parse(Master.Testing.Snapshots.SampleSnapshot.Json)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(Additions)!.AsObject())
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>The UTF-8 bytes of <paramref name="json"/>.</summary>
    public static byte[] Bytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    /// <summary>Decodes <paramref name="json"/> the way the ingest path does.</summary>
    public static ClusterSnapshot Decode(JsonObject json) => SnapshotJson.Deserialize(Bytes(json));

    /// <summary>The unedited sample, decoded.</summary>
    public static ClusterSnapshot Decode() => Decode(Create());
}
