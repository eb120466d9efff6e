using System.Text.Json;
using Master.Gateway.Errors;
using Master.Gateway.Events;

namespace Master.Gateway.Json;

/// <summary>
/// Reads the members of a JSON object body, collecting every problem by field, so one <c>422 validation_failed</c>
/// names all of them; a member nobody asked for is a problem too (a typo must not be accepted silently).
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _body;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    private JsonFields(JsonElement body) => _body = body;

    /// <summary>The fields of <paramref name="body"/>, or a 422 when it is not a JSON object.</summary>
    public static JsonFields? Of(JsonElement body, string example, out ErrorResponse? error)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = Invalid("body", new Dictionary<string, string> { ["body"] = $"expected a JSON object such as {example}" });
            return null;
        }

        error = null;
        return new JsonFields(body);
    }

    /// <summary>Whether the member is present and not null.</summary>
    public bool Has(string name) => _body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string member: null when absent or null (a problem when <paramref name="required"/>).</summary>
    public string? Text(string name, int maxLength, bool required = false, bool allowEmpty = false)
    {
        if (Member(name, required) is not { } value)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (text is null || text.Length > maxLength || (!allowEmpty && string.IsNullOrWhiteSpace(text)) || text.Any(char.IsControl))
        {
            Problem(name, $"expected a string of {(allowEmpty ? "at most" : "1 to")} {maxLength} characters, without control characters");
            return null;
        }

        return text;
    }

    /// <summary>A string member that is one of <paramref name="choices"/> (exactly), or null.</summary>
    public string? Choice(string name, IReadOnlyList<string> choices, bool required = false)
    {
        if (Member(name, required) is not { } value)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || !choices.Contains(text, StringComparer.Ordinal))
        {
            Problem(name, "expected one of " + string.Join(", ", choices));
            return null;
        }

        return text;
    }

    /// <summary>A boolean member, or null.</summary>
    public bool? Bool(string name, bool required = false)
    {
        if (Member(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(name, "expected true or false");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>An RFC 3339 time member with an offset, or null.</summary>
    public DateTimeOffset? Time(string name, bool required = false)
    {
        if (Member(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && Rfc3339Time.TryParse(value.GetString()!, out var time))
        {
            return time;
        }

        Problem(name, "expected an RFC 3339 time such as 2026-12-31T23:59:59Z");
        return null;
    }

    /// <summary>A member of any JSON type, or null.</summary>
    public JsonElement? Raw(string name, bool required = false) => Member(name, required);

    /// <summary>Records a problem the caller found in a field it read.</summary>
    public void Problem(string name, string message) => _problems.TryAdd(name, message);

    /// <summary>Null when every member was read and had no problem, else the 422 naming every problem.</summary>
    public ErrorResponse? Finish(string what)
    {
        foreach (var member in _body.EnumerateObject())
        {
            if (!_read.Contains(member.Name))
            {
                Problem(member.Name, "unknown field; expected " + string.Join(", ", _read.Order(StringComparer.Ordinal)));
            }
        }

        return _problems.Count == 0 ? null : Invalid(what, _problems);
    }

    private JsonElement? Member(string name, bool required)
    {
        _read.Add(name);
        if (_body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Problem(name, "required");
        }

        return null;
    }

    private static ErrorResponse Invalid(string what, Dictionary<string, string> problems) => new(new ErrorDetail(
        ErrorCodes.ValidationFailed,
        $"The {what} is not valid: " + string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")) + ".",
        problems));
}
