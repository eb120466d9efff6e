using System.Globalization;
using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>
/// The agent's wire conventions (agent-protocol.md §0.1, §5): times in the agent's local zone (+08:00, the project's images run
/// with TZ=Asia/Shanghai), ages as the agent prints them, and Go's <c>omitempty</c> for optional keys.
/// </summary>
internal static class Wire
{
    private static readonly TimeSpan AgentOffset = TimeSpan.FromHours(8);

    /// <summary>A <c>time</c> or <c>timestr</c> value, seconds precision, +08:00.</summary>
    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(AgentOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The agent's <c>age</c> string: <c>3d</c>, <c>5h</c>, <c>12m</c> or <c>0m</c>.</summary>
    public static string Age(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{(int)age.TotalDays}d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h" : $"{(int)age.TotalMinutes}m";

    /// <summary>Sets <paramref name="key"/> unless <paramref name="value"/> is empty (Go <c>omitempty</c>).</summary>
    public static JsonObject Opt(this JsonObject o, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            o[key] = value;
        }

        return o;
    }

    /// <summary>Sets <paramref name="key"/> unless <paramref name="value"/> is zero.</summary>
    public static JsonObject Opt(this JsonObject o, string key, long value)
    {
        if (value != 0)
        {
            o[key] = value;
        }

        return o;
    }

    /// <summary>Sets <paramref name="key"/> only when <paramref name="value"/> is true.</summary>
    public static JsonObject Opt(this JsonObject o, string key, bool value)
    {
        if (value)
        {
            o[key] = true;
        }

        return o;
    }

    /// <summary>Sets a string list unless it is empty.</summary>
    public static JsonObject Opt(this JsonObject o, string key, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0)
        {
            o[key] = Strings(values);
        }

        return o;
    }

    /// <summary>Sets a string map unless it is empty.</summary>
    public static JsonObject Opt(this JsonObject o, string key, IReadOnlyDictionary<string, string> map)
    {
        if (map.Count > 0)
        {
            o[key] = Map(map);
        }

        return o;
    }

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    public static JsonObject Map(IReadOnlyDictionary<string, string> map)
    {
        var o = new JsonObject();
        foreach (var (key, value) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            o[key] = value;
        }

        return o;
    }

    /// <summary>The template of a Deployment, StatefulSet, DaemonSet, Job or CronJob: one container per image.</summary>
    public static JsonObject Template(string app, IReadOnlyList<string> images)
    {
        var containers = new JsonArray();
        for (var i = 0; i < images.Count; i++)
        {
            containers.Add(new JsonObject
            {
                ["name"] = i == 0 ? app : $"{app}-sidecar-{i}",
                ["image"] = images[i],
                ["imagePullPolicy"] = images[i].EndsWith(":latest", StringComparison.Ordinal) ? "Always" : "IfNotPresent",
            });
        }

        return new JsonObject
        {
            ["labels"] = new JsonObject { ["app"] = app },
            ["containers"] = containers,
            ["serviceAccountName"] = app,
            ["dnsPolicy"] = "ClusterFirst",
        };
    }

    /// <summary>The CommonMeta fields a flat kind inlines (agent-protocol.md §4.2.2).</summary>
    public static JsonObject Meta(string uid, string name, string? ns, string kind, DateTimeOffset created,
        IReadOnlyDictionary<string, string>? labels = null, string? ownerKind = null, string? ownerName = null)
    {
        var o = new JsonObject { ["uid"] = uid, ["name"] = name };
        o.Opt("namespace", ns);
        o["kind"] = kind;
        o.Opt("ownerKind", ownerKind).Opt("ownerName", ownerName);
        if (labels is not null)
        {
            o.Opt("labels", labels);
        }

        o["createdAt"] = Time(created);
        return o;
    }

    public static JsonObject LabelSelector(string app) => new() { ["matchLabels"] = new JsonObject { ["app"] = app } };
}
