using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One PersistentVolumeClaim of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.19).</summary>
internal sealed class PvcBuilder(string ns, string name)
{
    private string _phase = "Bound";
    private string _requested = "10Gi";
    private string? _actual = "10Gi";

    /// <summary>Bound with <paramref name="capacity"/> requested and provisioned.</summary>
    public PvcBuilder Bound(string capacity)
    {
        (_phase, _requested, _actual) = ("Bound", capacity, capacity);
        return this;
    }

    /// <summary>Waiting for a volume: <paramref name="requested"/> asked for, nothing provisioned.</summary>
    public PvcBuilder Pending(string requested)
    {
        (_phase, _requested, _actual) = ("Pending", requested, null);
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var pvc = Wire.Meta(snapshot.NextUid(), name, ns, "PersistentVolumeClaim", snapshot.Now - TimeSpan.FromDays(15),
            new Dictionary<string, string> { ["app"] = name });
        pvc["phase"] = _phase;
        pvc["volumeName"] = _phase == "Bound" ? $"pvc-{snapshot.NextUid()}" : string.Empty;
        pvc["storageClass"] = "gp3";
        pvc["accessModes"] = Wire.Strings(["ReadWriteOnce"]);
        pvc["requestedCapacity"] = _requested;
        pvc.Opt("actualCapacity", _actual);
        pvc["volumeMode"] = "Filesystem";
        return pvc;
    }
}
