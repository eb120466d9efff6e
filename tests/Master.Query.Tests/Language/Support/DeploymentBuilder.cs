using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One Deployment of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.3), with its current ReplicaSet.</summary>
internal sealed class DeploymentBuilder(string ns, string name)
{
    private string[] _images = ["nginx:1.25"];
    private int _replicas = 1;
    private int _ready = 1;
    private TimeSpan _age = TimeSpan.FromDays(30);

    public string Namespace => ns;

    public string Name => name;

    /// <summary>The pod-template-hash of its current ReplicaSet, the suffix of its pods' owner.</summary>
    public string ReplicaSet => $"{name}-{(uint)Fnv(ns + "/" + name) % 0xFFFFFFF:x7}";

    public DeploymentBuilder Images(params string[] images)
    {
        _images = images;
        return this;
    }

    public DeploymentBuilder Replicas(int replicas, int ready)
    {
        (_replicas, _ready) = (replicas, ready);
        return this;
    }

    public DeploymentBuilder Created(TimeSpan age)
    {
        _age = age;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var created = snapshot.Now - _age;
        var unavailable = _replicas - _ready;
        var summary = new JsonObject
        {
            ["name"] = name,
            ["namespace"] = ns,
            ["strategy"] = "RollingUpdate",
            ["replicas"] = _replicas,
            ["updated"] = _replicas,
            ["ready"] = _ready,
            ["available"] = _ready,
        }.Opt("unavailable", unavailable);
        summary["createdAt"] = Wire.Time(created);
        summary["age"] = Wire.Age(_age);
        summary["selector"] = "app=" + name;

        var status = new JsonObject { ["observedGeneration"] = 4, ["replicas"] = _replicas }
            .Opt("updatedReplicas", _replicas).Opt("readyReplicas", _ready).Opt("availableReplicas", _ready)
            .Opt("unavailableReplicas", unavailable);
        status["conditions"] = new JsonArray(
            Condition("Available", unavailable == 0, unavailable == 0 ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable", created),
            Condition("Progressing", true, "NewReplicaSetAvailable", created.AddSeconds(40)));

        return new JsonObject
        {
            ["summary"] = summary,
            ["spec"] = new JsonObject
            {
                ["replicas"] = _replicas,
                ["selector"] = Wire.LabelSelector(name),
                ["strategy"] = new JsonObject
                {
                    ["type"] = "RollingUpdate",
                    ["rollingUpdate"] = new JsonObject { ["maxUnavailable"] = "25%", ["maxSurge"] = "25%" },
                },
                ["revisionHistoryLimit"] = 10,
                ["progressDeadlineSeconds"] = 600,
            },
            ["template"] = Wire.Template(name, _images),
            ["status"] = status,
            ["rollout"] = new JsonObject
            {
                ["phase"] = unavailable == 0 ? "Available" : "Progressing",
                ["badges"] = Wire.Strings([unavailable == 0 ? "Available" : "Progressing"]),
            }.Opt("message", unavailable == 0 ? null : $"{unavailable} of {_replicas} replicas unavailable"),
            ["annotations"] = new JsonObject { ["deployment.kubernetes.io/revision"] = "4" },
            ["labels"] = new JsonObject { ["app"] = name },
        };
    }

    /// <summary>The current ReplicaSet (agent-protocol.md §4.3.6), which ties pods to this Deployment.</summary>
    public JsonObject BuildReplicaSet(SnapshotJsonBuilder snapshot)
    {
        var rs = Wire.Meta(snapshot.NextUid(), ReplicaSet, ns, "ReplicaSet", snapshot.Now - _age + TimeSpan.FromMinutes(1),
            new Dictionary<string, string> { ["app"] = name }, "Deployment", name);
        rs["replicas"] = _replicas;
        rs["readyReplicas"] = _ready;
        rs["availableReplicas"] = _ready;
        rs["selector"] = new JsonObject { ["app"] = name };
        return rs;
    }

    private static JsonObject Condition(string type, bool status, string reason, DateTimeOffset at) => new()
    {
        ["type"] = type,
        ["status"] = status ? "True" : "False",
        ["reason"] = reason,
        ["message"] = $"Deployment {reason}.",
        ["lastUpdateTime"] = Wire.Time(at),
        ["lastTransitionTime"] = Wire.Time(at),
    };

    private static int Fnv(string text)
    {
        var hash = unchecked((int)2166136261);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
