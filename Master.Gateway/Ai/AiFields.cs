using System.Text;
using System.Text.Json;
using Master.Gateway.Json;
using Master.Gateway.Settings;

namespace Master.Gateway.Ai;

/// <summary>Reads the members of the AI log bodies that <see cref="JsonFields"/> has no reader for.</summary>
internal static class AiFields
{
    /// <summary>The most a message's content, a tool's result or its arguments may take, in UTF-8 bytes.</summary>
    public const int MaxLongTextBytes = 1024 * 1024;

    /// <summary>
    /// A string member of up to <see cref="MaxLongTextBytes"/>, empty allowed. Unlike <see cref="JsonFields.Text"/> it
    /// keeps line breaks and tabs, which conversations and tool output are full of; only NUL is refused, because
    /// PostgreSQL cannot store it in a text column.
    /// </summary>
    public static string? LongText(JsonFields fields, string name, bool required = false)
    {
        if (fields.Raw(name, required) is not { } value)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (text is null || text.Contains('\0', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(text) > MaxLongTextBytes)
        {
            fields.Problem(name, $"expected a string of at most {MaxLongTextBytes} bytes in UTF-8, without NUL characters");
            return null;
        }

        return text;
    }

    /// <summary>A member of any JSON type as compact JSON text of up to <see cref="MaxLongTextBytes"/>, or null.</summary>
    public static string? Json(JsonFields fields, string name)
    {
        if (fields.Raw(name) is not { } value)
        {
            return null;
        }

        var compact = StoredJson.Compact(value);
        if (compact.Length > MaxLongTextBytes)
        {
            fields.Problem(name, $"expected at most {MaxLongTextBytes} bytes of compact JSON; this value takes {compact.Length}");
            return null;
        }

        return Encoding.UTF8.GetString(compact);
    }

    /// <summary>A whole-number member of at least <paramref name="minimum"/>, or null.</summary>
    public static long? Integer(JsonFields fields, string name, long minimum)
    {
        if (fields.Raw(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < minimum)
        {
            fields.Problem(name, $"expected a whole number of at least {minimum}");
            return null;
        }

        return number;
    }
}
