using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Master.Fleet.Commands.Actions;

/// <summary>Renders offending values for messages: short, quoted like JSON, control characters made visible.</summary>
internal static class Shown
{
    private const int MaxLength = 64;

    /// <summary>The value as it was sent (its JSON text), so <c>"3"</c> and <c>3</c> read differently.</summary>
    public static string Json(JsonElement value) => Truncate(value.GetRawText());

    /// <summary>A string as a quoted literal.</summary>
    public static string Text(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value.Length > MaxLength ? value[..MaxLength] : value)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
        return value.Length > MaxLength ? $"{builder}… ({value.Length} characters)" : builder.ToString();
    }

    /// <summary>A list of accepted values, comma separated.</summary>
    public static string List(IEnumerable<string> values) => string.Join(", ", values);

    private static string Truncate(string text) =>
        text.Length > MaxLength ? $"{text[..MaxLength]}… ({text.Length} characters)" : text;
}
