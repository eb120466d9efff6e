using System.Text.Json;
using Master.Fleet.Registry;
using Master.Gateway.Errors;

namespace Master.Gateway.Clusters;

/// <summary>
/// The body of <c>PATCH /api/v2/clusters/{id}</c>: <c>{name?, description?, environment?, labels?}</c>. A member left
/// out or null keeps its value; an empty description or environment and an empty labels object clear them. Every
/// problem is reported at once, by field, and an unknown member is one (a typo must not be accepted silently).
/// </summary>
internal static class ClusterPatchBody
{
    public const int MaxNameLength = 255;
    public const int MaxDescriptionLength = 4000;
    public const int MaxLabels = 64;

    public static ErrorResponse? TryRead(JsonElement body, out ClusterChange change)
    {
        change = new ClusterChange();
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Invalid(new Dictionary<string, string> { ["body"] = "expected a JSON object such as {\"name\": \"prod-eu\"}" });
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null, description = null, environment = null;
        IReadOnlyDictionary<string, string>? labels = null;
        foreach (var member in body.EnumerateObject())
        {
            switch (member.Name)
            {
                case "name":
                    name = Text(member.Value, "name", MaxNameLength, nonBlank: true, multiline: false, problems);
                    break;
                case "description":
                    description = Text(member.Value, "description", MaxDescriptionLength, nonBlank: false, multiline: true, problems);
                    break;
                case "environment":
                    environment = Text(member.Value, "environment", MaxNameLength, nonBlank: false, multiline: false, problems);
                    break;
                case "labels":
                    labels = Labels(member.Value, problems);
                    break;
                default:
                    problems[member.Name] = "unknown field; expected name, description, environment or labels";
                    break;
            }
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        change = new ClusterChange(name, description, environment, labels);
        return null;
    }

    /// <summary>Null for JSON null; a name must not be blank, and only a description may hold line breaks.</summary>
    private static string? Text(JsonElement value, string field, int maxLength, bool nonBlank, bool multiline, Dictionary<string, string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        var valid = text is not null
            && text.Length <= maxLength
            && (!nonBlank || !string.IsNullOrWhiteSpace(text))
            && (multiline || !text.Any(char.IsControl));
        if (!valid)
        {
            problems[field] = $"expected a string of {(nonBlank ? "1 to " : "at most ")}{maxLength} characters"
                + (nonBlank ? ", not only spaces" : string.Empty)
                + (multiline ? string.Empty : ", without control characters");
            return null;
        }

        return text;
    }

    private static Dictionary<string, string>? Labels(JsonElement value, Dictionary<string, string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        const string Expected = "expected an object of at most 64 string labels, keys of 1 to 255 characters, values of at most 255";
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems["labels"] = Expected;
            return null;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in value.EnumerateObject())
        {
            if (label.Name.Length is 0 or > MaxNameLength || label.Value.ValueKind != JsonValueKind.String
                || label.Value.GetString()!.Length > MaxNameLength || labels.Count == MaxLabels)
            {
                problems["labels"] = Expected + (label.Name.Length > 0 ? $" (label '{label.Name}')" : string.Empty);
                return null;
            }

            labels[label.Name] = label.Value.GetString()!;
        }

        return labels;
    }

    private static ErrorResponse Invalid(Dictionary<string, string> problems) => new(new ErrorDetail(
        ErrorCodes.ValidationFailed,
        "The cluster change is not valid: " + string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")) + ".",
        problems));
}
