using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One StatefulSet of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.4).</summary>
internal sealed class StatefulSetBuilder(string ns, string name)
{
    private string _image = "redis:7.2";
    private int _replicas = 1;
    private int _ready = 1;

    public StatefulSetBuilder Image(string image)
    {
        _image = image;
        return this;
    }

    public StatefulSetBuilder Replicas(int replicas, int ready)
    {
        (_replicas, _ready) = (replicas, ready);
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var age = TimeSpan.FromDays(60);
        var created = snapshot.Now - age;
        var revision = $"{name}-6c9b8d7f5";
        var status = new JsonObject { ["observedGeneration"] = 2, ["replicas"] = _replicas }
            .Opt("readyReplicas", _ready).Opt("currentReplicas", _replicas).Opt("updatedReplicas", _replicas)
            .Opt("availableReplicas", _ready);
        status["currentRevision"] = revision;
        status["updateRevision"] = revision;
        status["conditions"] = new JsonArray();
        return new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["replicas"] = _replicas,
                ["ready"] = _ready,
                ["current"] = _replicas,
                ["updated"] = _replicas,
                ["available"] = _ready,
                ["createdAt"] = Wire.Time(created),
                ["age"] = Wire.Age(age),
                ["serviceName"] = name,
                ["selector"] = "app=" + name,
            },
            ["spec"] = new JsonObject
            {
                ["replicas"] = _replicas,
                ["serviceName"] = name,
                ["podManagementPolicy"] = "OrderedReady",
                ["updateStrategy"] = new JsonObject { ["type"] = "RollingUpdate", ["partition"] = 0 },
                ["revisionHistoryLimit"] = 10,
                ["selector"] = Wire.LabelSelector(name),
                ["volumeClaimTemplates"] = new JsonArray(new JsonObject
                {
                    ["name"] = "data",
                    ["accessModes"] = Wire.Strings(["ReadWriteOnce"]),
                    ["storageClass"] = "gp3",
                    ["storage"] = "10Gi",
                }),
            },
            ["template"] = Wire.Template(name, [_image]),
            ["status"] = status,
            ["rollout"] = new JsonObject
            {
                ["phase"] = _ready == _replicas ? "Available" : "Progressing",
                ["message"] = $"{_ready} of {_replicas} replicas ready",
            },
            ["labels"] = new JsonObject { ["app"] = name },
        };
    }
}
