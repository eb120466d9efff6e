using System.Text;
using System.Text.Json;

namespace Master.DataHub.Snapshots.Serialization;

/// <summary>Captures the current JSON value as text and advances past it; for the rare values kept raw for a warning.</summary>
internal static class RawJson
{
    public static string Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                using (JsonDocument document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }

            case JsonTokenType.String:
                return reader.GetString() ?? string.Empty;
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return "null";
            default:
                return reader.HasValueSequence
                    ? Encoding.UTF8.GetString(reader.ValueSequence)
                    : Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
