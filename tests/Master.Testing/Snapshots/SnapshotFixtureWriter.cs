using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Master.Testing.Snapshots;

/// <summary>Writes one fixture snapshot; see <see cref="SnapshotFixtureBuilder"/>.</summary>
internal sealed partial class SnapshotFixtureWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly TimeSpan AgentOffset = TimeSpan.FromHours(8);

    private readonly string _clusterId;
    private readonly Random _random;
    private readonly long _now;
    private readonly int _fetchedNanos;
    private readonly HashSet<string> _nullLists;
    private readonly Utf8JsonWriter _w;
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly List<NodePlan> _nodes = [];
    private readonly List<DeploymentPlan> _deployments = [];
    private readonly List<PodPlan> _pods = [];
    private readonly Dictionary<string, int> _counts = [];
    private int _warningEvents;
    private int _zeroTimeEvents;

    public SnapshotFixtureWriter(string clusterId, int seed, IEnumerable<string>? nullLists)
    {
        _clusterId = clusterId;
        _random = new Random(seed);
        _now = 1_749_708_190 + (seed % 1000 * 3_600L); // 2025-06-12T06:03:10Z plus a seed-dependent number of hours
        _fetchedNanos = (_random.Next(0, 100_000_000) * 10) + _random.Next(1, 10); // always 9 significant digits
        _nullLists = [.. nullLists ?? []];
        _buffer = new ArrayBufferWriter<byte>(64 * 1024);
        _w = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public void Dispose() => _w.Dispose();

    public SnapshotFixture Build(int pods, int nodes, bool otel)
    {
        PlanNodes(nodes);
        PlanPods(pods);
        _w.WriteStartObject();
        _w.WriteString("clusterId", _clusterId);
        _w.WriteString("fetchedAt", FetchedAtWire());
        List("pods", _pods, WritePod);
        List("deployments", _deployments, WriteDeployment);
        List("statefulSets", [0], _ => WriteStatefulSet());
        List("daemonSets", [0], _ => WriteDaemonSet());
        List("replicaSets", ReplicaSetsPlan(), WriteReplicaSet);
        List("jobs", JobsPlan(), WriteJob);
        List("cronJobs", [true, false], WriteCronJob);
        WriteClusterLists();
        List("nodes", _nodes, WriteNode);
        WriteEvents();
        if (otel)
        {
            WriteOtel();
        }

        WriteSummary();
        _w.WriteEndObject();
        _w.Flush();
        return new SnapshotFixture(_buffer.WrittenSpan.ToArray(), Facts(otel));
    }

    private SnapshotFixtureFacts Facts(bool otel)
    {
        Dictionary<string, int> perNode = _nodes.ToDictionary(n => n.Name, _ => 0);
        foreach (PodPlan pod in _pods.Where(p => p.Node is not null))
        {
            perNode[pod.Node!.Name]++;
        }

        return new SnapshotFixtureFacts
        {
            ClusterId = _clusterId,
            FetchedAtWire = FetchedAtWire(),
            FetchedAtUtc = DateTimeOffset.FromUnixTimeSeconds(_now).AddTicks(_fetchedNanos / 100),
            Counts = SnapshotFixtureBuilder.KindNames.ToDictionary(k => k, k => _nullLists.Contains(k) ? 0 : _counts.GetValueOrDefault(k)),
            NullLists = [.. SnapshotFixtureBuilder.KindNames.Where(_nullLists.Contains)],
            Pods = _nullLists.Contains("pods") ? [] : [.. _pods.Select(p => p.Expected())],
            Nodes = _nullLists.Contains("nodes") ? [] : [.. _nodes.Select(n => n.Expected(perNode[n.Name]))],
            PodsPerNode = perNode.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key, kv => kv.Value),
            WarningEvents = _warningEvents,
            ZeroTimeEvents = _zeroTimeEvents,
            DegradedDeployments = _deployments.Count(d => d.Ready < d.Replicas),
            DeploymentImages = _deployments.ToDictionary(d => $"{d.Namespace}/{d.Name}", d => (IReadOnlyList<string>)d.Images()),
            HasOtel = otel,
        };
    }

    private void List<T>(string name, IReadOnlyList<T> items, Action<T> write)
    {
        _counts[name] = items.Count;
        if (_nullLists.Contains(name))
        {
            _w.WriteNull(name);
            return;
        }

        _w.WriteStartArray(name);
        foreach (T item in items)
        {
            write(item);
        }

        _w.WriteEndArray();
    }

    private string FetchedAtWire() => Time(_now) is var t ? t.Replace("+08:00", $".{_fetchedNanos:D9}+08:00", StringComparison.Ordinal) : t;

    private static string Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToOffset(AgentOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private string Age(long created)
    {
        long d = _now - created;
        return d >= 86_400 ? $"{d / 86_400}d" : d >= 3_600 ? $"{d / 3_600}h" : d >= 60 ? $"{d / 60}m" : "0m";
    }

    private string Uid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("D");
    }

    private long CreatedBefore(int minSeconds, int maxSeconds) => _now - _random.Next(minSeconds, maxSeconds);

    private void Str(string name, string value)
    {
        _w.WritePropertyName(name);
        StrValue(value);
    }

    // Go's encoder escapes <, > and & (and U+2028/U+2029) as \u003c, \u003e, \u0026; System.Text.Json's relaxed encoder does
    // not, so such values are written pre-escaped to keep the agent's exact bytes.
    private void StrValue(string value)
    {
        if (value.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0)
        {
            _w.WriteStringValue(value);
            return;
        }

        string escaped = JsonEncodedText.Encode(value, WriterOptions.Encoder).ToString()
            .Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
        _w.WriteRawValue("\"" + escaped + "\"");
    }

    private void Opt(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Str(name, value);
        }
    }

    private void OptInt(string name, long value)
    {
        if (value != 0)
        {
            _w.WriteNumber(name, value);
        }
    }

    private void OptBool(string name, bool value)
    {
        if (value)
        {
            _w.WriteBoolean(name, true);
        }
    }

    private void Map(string name, params (string Key, string Value)[] entries)
    {
        if (entries.Length == 0)
        {
            return;
        }

        _w.WriteStartObject(name);
        foreach ((string key, string value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Str(key, value);
        }

        _w.WriteEndObject();
    }

    private void Strings(string name, params string[] values)
    {
        if (values.Length == 0)
        {
            return;
        }

        _w.WriteStartArray(name);
        foreach (string value in values)
        {
            StrValue(value);
        }

        _w.WriteEndArray();
    }
}
