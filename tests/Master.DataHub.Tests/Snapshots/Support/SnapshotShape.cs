using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Master.DataHub.Snapshots;
using Master.DataHub.Snapshots.Serialization;

namespace Master.DataHub.Tests.Snapshots.Support;

/// <summary>
/// Walks snapshot JSON alongside the model's serialization metadata, so a test knows for every JSON object whether it is
/// a model object or a map, and which model member every value belongs to.
/// </summary>
internal static class SnapshotShape
{
    private static readonly JsonSerializerOptions Options = SnapshotJsonContext.Default.Options;

    public static JsonTypeInfo Root => SnapshotJsonContext.Default.ClusterSnapshot;

    /// <summary>Every member of every model object reachable from the root, as "Type.member"; Master's own members excluded.</summary>
    public static SortedSet<string> ModelMembers()
    {
        var members = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        void Collect(JsonTypeInfo info)
        {
            if (!seen.Add(info.Type))
            {
                return;
            }

            if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
            {
                Collect(Options.GetTypeInfo(info.ElementType!));
                return;
            }

            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }

            foreach (JsonPropertyInfo property in info.Properties.Where(p => !p.IsExtensionData && !IsDerived(p)))
            {
                members.Add(Member(info, property));
                Collect(Options.GetTypeInfo(property.PropertyType));
            }
        }

        Collect(Root);
        return members;
    }

    /// <summary>The members of <see cref="ModelMembers"/> that carry a non-empty value somewhere in <paramref name="json"/>.</summary>
    public static SortedSet<string> MembersPresent(JsonNode json)
    {
        var present = new SortedSet<string>(StringComparer.Ordinal);
        VisitObjects(json, Root, (obj, info) =>
        {
            foreach ((string name, JsonNode? value) in obj)
            {
                if (Property(info, name) is { } property && !IsEmpty(value))
                {
                    present.Add(Member(info, property));
                }
            }
        });
        return present;
    }

    /// <summary>Calls <paramref name="visit"/> for every JSON object that maps to a model class (not for maps, nor inside otel's opaque members).</summary>
    public static void VisitObjects(JsonNode node, JsonTypeInfo info, Action<JsonObject, JsonTypeInfo> visit)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                visit(obj, info);
                foreach ((string name, JsonNode? child) in obj.ToList())
                {
                    if (child is not null && Property(info, name) is { } property)
                    {
                        VisitObjects(child, Options.GetTypeInfo(property.PropertyType), visit);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                foreach (JsonNode? element in array.Where(e => e is not null))
                {
                    VisitObjects(element!, Options.GetTypeInfo(info.ElementType!), visit);
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                foreach ((string _, JsonNode? value) in map.Where(kv => kv.Value is not null))
                {
                    VisitObjects(value!, Options.GetTypeInfo(info.ElementType!), visit);
                }

                break;
        }
    }

    /// <summary>
    /// Lists every value of <paramref name="wire"/> that did not land in <paramref name="written"/> (what the model wrote back
    /// after decoding it): missing members, changed strings and numbers, quantities whose raw text changed, times whose
    /// instant changed. Empty wire values may come back empty or absent; Go's zero time must come back unset.
    /// </summary>
    public static List<string> Losses(JsonNode wire, JsonNode written)
    {
        var losses = new List<string>();
        Compare(wire, written, Root, "$", losses);
        return losses;
    }

    private static void Compare(JsonNode? wire, JsonNode? written, JsonTypeInfo info, string path, List<string> losses)
    {
        if (info.Type == typeof(Timestamp))
        {
            CompareTime(wire, written, path, losses);
            return;
        }

        if (info.Type == typeof(Quantity))
        {
            string raw = wire?.GetValueKind() == JsonValueKind.String ? wire.GetValue<string>() : wire?.ToJsonString() ?? string.Empty;
            string? back = written?["raw"]?.GetValue<string>();
            if ((back ?? string.Empty) != raw)
            {
                losses.Add($"{path}: quantity {raw} came back as {back}");
            }

            return;
        }

        if (IsEmpty(wire))
        {
            return;
        }

        if (written is null)
        {
            losses.Add($"{path}: {Cut(wire!.ToJsonString())} is missing");
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CompareObject((JsonObject)wire!, written.AsObject(), info, path, losses);
                break;
            case JsonTypeInfoKind.Enumerable:
                JsonArray a = wire!.AsArray(), b = written.AsArray();
                if (a.Count != b.Count)
                {
                    losses.Add($"{path}: {a.Count} elements came back as {b.Count}");
                    return;
                }

                for (int i = 0; i < a.Count; i++)
                {
                    Compare(a[i], b[i], Options.GetTypeInfo(info.ElementType!), $"{path}[{i}]", losses);
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                foreach ((string key, JsonNode? value) in wire!.AsObject())
                {
                    Compare(value, written[key], Options.GetTypeInfo(info.ElementType!), $"{path}[\"{key}\"]", losses);
                }

                if (written.AsObject().Count != wire.AsObject().Count)
                {
                    losses.Add($"{path}: the map has {written.AsObject().Count} keys instead of {wire.AsObject().Count}");
                }

                break;
            default:
                if (!JsonNode.DeepEquals(wire, written) && !(IsNumber(wire) && IsNumber(written) && wire!.GetValue<double>() == written.GetValue<double>()))
                {
                    losses.Add($"{path}: {Cut(wire!.ToJsonString())} came back as {Cut(written.ToJsonString())}");
                }

                break;
        }
    }

    private static void CompareObject(JsonObject wire, JsonObject written, JsonTypeInfo info, string path, List<string> losses)
    {
        foreach ((string name, JsonNode? value) in wire)
        {
            JsonNode? back = written.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            if (Property(info, name) is { } property)
            {
                Compare(value, back, Options.GetTypeInfo(property.PropertyType), $"{path}.{name}", losses);
            }
            else if (info.Properties.Any(p => p.IsExtensionData))
            {
                if (!JsonNode.DeepEquals(value, back))
                {
                    losses.Add($"{path}.{name}: the opaque member did not come back unchanged");
                }
            }
            else
            {
                losses.Add($"{path}.{name}: the model has no member for it");
            }
        }
    }

    private static void CompareTime(JsonNode? wire, JsonNode? written, string path, List<string> losses)
    {
        string text = wire?.GetValue<string>() ?? string.Empty;
        DateTimeOffset? expected = text.Length == 0 || text.StartsWith("0001-01-01T00:00:00", StringComparison.Ordinal)
            ? null
            : ParseWireTime(text);
        DateTimeOffset? actual = written is null ? null : DateTimeOffset.Parse(written.GetValue<string>(), CultureInfo.InvariantCulture);
        if (expected != actual || (actual is { } a && a.Offset != TimeSpan.Zero))
        {
            losses.Add($"{path}: time {text} came back as {written?.ToJsonString() ?? "nothing"}");
        }
    }

    /// <summary>Parses an RFC 3339 wire time with up to 9 fraction digits, truncating to 100 ns as Master does.</summary>
    public static DateTimeOffset ParseWireTime(string text)
    {
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            int end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            string digits = text[(dot + 1)..end];
            text = string.Concat(text.AsSpan(0, dot + 1), digits.Length > 7 ? digits[..7] : digits, text.AsSpan(end));
        }

        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUniversalTime();
    }

    // Inherited members count once for their declaring type: a CommonMeta member is covered by any flat kind.
    private static string Member(JsonTypeInfo info, JsonPropertyInfo property) =>
        $"{((property.AttributeProvider as System.Reflection.MemberInfo)?.DeclaringType ?? info.Type).Name}.{property.Name}";

    private static JsonPropertyInfo? Property(JsonTypeInfo info, string name) =>
        info.Properties.FirstOrDefault(p => !p.IsExtensionData && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static bool IsDerived(JsonPropertyInfo property) => property.Name == "derived";

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        JsonValue v => v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0,
        _ => false,
    };

    private static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    private static string Cut(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
