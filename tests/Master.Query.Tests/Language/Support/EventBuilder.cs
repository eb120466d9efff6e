using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One core/v1 Event of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.20).</summary>
internal sealed class EventBuilder(string ns, string reason)
{
    private string _type = "Normal";
    private string _kind = "Pod";
    private string _object = "unknown";
    private string? _message;
    private int _count = 1;
    private TimeSpan _lastSeen = TimeSpan.FromMinutes(1);
    private bool _zeroTimes;

    public EventBuilder Warning()
    {
        _type = "Warning";
        return this;
    }

    /// <summary>The involved object.</summary>
    public EventBuilder About(string kind, string name)
    {
        (_kind, _object) = (kind, name);
        return this;
    }

    public EventBuilder Message(string message)
    {
        _message = message;
        return this;
    }

    /// <summary>Kubernetes' cumulative count; the first occurrence is a minute per repeat before the last.</summary>
    public EventBuilder Count(int count)
    {
        _count = count;
        return this;
    }

    /// <summary>The last occurrence (<c>lastTimestamp</c>) was <paramref name="ago"/> before the snapshot.</summary>
    public EventBuilder LastSeen(TimeSpan ago)
    {
        _lastSeen = ago;
        return this;
    }

    /// <summary>Written through events.k8s.io: the legacy timestamps are Go's zero time.</summary>
    public EventBuilder ZeroTimes()
    {
        _zeroTimes = true;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot, int index)
    {
        const string Zero = "0001-01-01T00:00:00Z";
        var last = snapshot.Now - _lastSeen;
        var first = last - TimeSpan.FromMinutes(_count - 1);
        var e = Wire.Meta(snapshot.NextUid(), $"{_object}.{0x17d8c2f4a1b3c000L + index:x}", ns, "Event", first);
        e["type"] = _type;
        e["reason"] = reason;
        e["message"] = _message ?? reason;
        e["source"] = _kind == "Pod" ? "kubelet" : _kind == "Node" ? "node-controller" : _kind.ToLowerInvariant() + "-controller";
        e["involvedObject"] = new JsonObject { ["kind"] = _kind }.Opt("namespace", _kind == "Node" ? null : ns).Opt("name", _object);
        e["count"] = _count;
        e["firstTimestamp"] = _zeroTimes ? Zero : Wire.Time(first);
        e["lastTimestamp"] = _zeroTimes ? Zero : Wire.Time(last);
        return e;
    }
}
