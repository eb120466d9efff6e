using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One DaemonSet of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.5).</summary>
internal sealed class DaemonSetBuilder(string ns, string name)
{
    private string _image = "quay.io/prometheus/node-exporter:v1.8.2";
    private int _desired = 3;
    private int _ready = 3;

    public DaemonSetBuilder Image(string image)
    {
        _image = image;
        return this;
    }

    /// <summary>Desired pods and how many of them are ready; the rest are unavailable.</summary>
    public DaemonSetBuilder Scheduled(int desired, int ready)
    {
        (_desired, _ready) = (desired, ready);
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var age = TimeSpan.FromDays(90);
        var unavailable = _desired - _ready;
        var status = new JsonObject
        {
            ["observedGeneration"] = 3,
            ["desiredNumberScheduled"] = _desired,
            ["currentNumberScheduled"] = _desired,
            ["numberReady"] = _ready,
            ["numberMisscheduled"] = 0,
        }.Opt("numberAvailable", _ready).Opt("numberUnavailable", unavailable).Opt("updatedNumberScheduled", _desired);
        return new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["desiredNumberScheduled"] = _desired,
                ["currentNumberScheduled"] = _desired,
                ["numberReady"] = _ready,
                ["numberAvailable"] = _ready,
                ["numberUnavailable"] = unavailable,
                ["numberMisscheduled"] = 0,
                ["updatedNumberScheduled"] = _desired,
                ["createdAt"] = Wire.Time(snapshot.Now - age),
                ["age"] = Wire.Age(age),
                ["selector"] = "app=" + name,
            },
            ["spec"] = new JsonObject
            {
                ["updateStrategy"] = new JsonObject { ["type"] = "RollingUpdate", ["maxUnavailable"] = "1" },
                ["revisionHistoryLimit"] = 10,
                ["selector"] = Wire.LabelSelector(name),
            },
            ["template"] = Wire.Template(name, [_image]),
            ["status"] = status,
            ["labels"] = new JsonObject { ["app"] = name },
        };
    }
}
