using System.Globalization;
using System.Text.Json;
using Master.Fleet.Commands;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Security.Accounts;

namespace Master.Gateway.Commands;

/// <summary>
/// Reads the body of <c>POST /api/v2/commands</c>: the shape here, every problem by field; what the action needs is
/// checked by the command service, which knows the actions.
/// </summary>
internal static class CommandRequestBody
{
    public const string Example =
        "{\"clusters\": [\"prod-eu\"], \"action\": \"scale\", \"target\": {\"kind\": \"Deployment\", \"namespace\": \"shop\", \"name\": \"api\"}, \"params\": {\"replicas\": 3}}";

    private const int MaxTextLength = 253;
    private const int MaxTimeoutSeconds = 86_400;

    private static readonly string[] TargetMembers = ["kind", "namespace", "name"];

    /// <summary>The request, or null with the 422 naming every problem of its shape.</summary>
    public static CommandRequest? Read(JsonElement body, Caller caller, out bool singleCluster, out ErrorResponse? error)
    {
        singleCluster = false;
        var fields = JsonFields.Of(body, Example, out error);
        if (fields is null)
        {
            return null;
        }

        var clusters = Clusters(fields, out singleCluster);
        var action = fields.Text("action", MaxTextLength, required: true);
        var (kind, @namespace, name) = Target(fields);
        var parameters = fields.Raw("params");
        var source = fields.Text("source", MaxTextLength) ?? "api";
        var timeout = TimeoutSeconds(fields);
        error = fields.Finish("command");
        return error is null
            ? new CommandRequest(clusters, action!, kind, @namespace, name, parameters, source, caller.Username, timeout)
            : null;
    }

    /// <summary>Renames the service's <c>clusters[0]</c> to the <c>cluster</c> the request used.</summary>
    public static IReadOnlyDictionary<string, string> AsSent(IReadOnlyDictionary<string, string> errors, bool singleCluster) =>
        singleCluster
            ? errors.ToDictionary(e => e.Key is "clusters[0]" or "clusters" ? "cluster" : e.Key, e => e.Value, StringComparer.Ordinal)
            : errors;

    private static List<string> Clusters(JsonFields fields, out bool single)
    {
        single = fields.Has("cluster");
        var one = fields.Text("cluster", MaxTextLength);
        var many = fields.Raw("clusters");
        if (one is not null && many is not null)
        {
            fields.Problem("cluster", "give either cluster or clusters, not both");
            return [];
        }

        if (one is not null)
        {
            return [one];
        }

        if (many is not { ValueKind: JsonValueKind.Array } array)
        {
            fields.Problem("clusters", many is null
                ? "required: cluster (an id or name) or clusters (a list of ids or names)"
                : "expected a list of cluster ids or names");
            return [];
        }

        List<string> clusters = [];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 and <= MaxTextLength } text)
            {
                clusters.Add(text);
            }
            else
            {
                fields.Problem($"clusters[{index}]", $"expected a cluster id or name of 1 to {MaxTextLength} characters");
            }

            index++;
        }

        if (index == 0)
        {
            fields.Problem("clusters", "name at least one cluster, by id or by name");
        }

        return clusters;
    }

    private static (string? Kind, string? Namespace, string? Name) Target(JsonFields fields)
    {
        if (fields.Raw("target") is not { } target)
        {
            return (null, null, null);
        }

        if (target.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("target", "expected an object such as {\"kind\": \"Deployment\", \"namespace\": \"shop\", \"name\": \"api\"}");
            return (null, null, null);
        }

        string?[] values = new string?[TargetMembers.Length];
        foreach (var member in target.EnumerateObject())
        {
            var at = Array.IndexOf(TargetMembers, member.Name);
            if (at < 0)
            {
                fields.Problem($"target.{member.Name}", "unknown field; expected kind, namespace, name");
            }
            else if (member.Value.ValueKind == JsonValueKind.String)
            {
                values[at] = member.Value.GetString() is { Length: > 0 } text ? text : null;
            }
            else if (member.Value.ValueKind != JsonValueKind.Null)
            {
                fields.Problem($"target.{member.Name}", "expected a string");
            }
        }

        return (values[0], values[1], values[2]);
    }

    private static TimeSpan? TimeoutSeconds(JsonFields fields)
    {
        if (fields.Raw("timeoutSeconds") is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var seconds) && seconds is >= 1 and <= MaxTimeoutSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        fields.Problem("timeoutSeconds", string.Create(
            CultureInfo.InvariantCulture, $"expected a whole number of seconds from 1 to {MaxTimeoutSeconds}; got {value.GetRawText()}"));
        return null;
    }
}
