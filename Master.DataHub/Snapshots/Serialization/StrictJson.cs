using System.Text;
using System.Text.Json;

namespace Master.DataHub.Snapshots.Serialization;

/// <summary>The errors of the strict converters; the serializer adds the JSON path, line and position.</summary>
internal static class StrictJson
{
    public static JsonException WrongType(ref Utf8JsonReader reader, string expected) =>
        new($"expected {expected}, found {Describe(reader.TokenType)}");

    public static JsonException NotInteger(ref Utf8JsonReader reader, string type) =>
        new($"expected an integer within the range of {type}, found {NumberText(ref reader)}");

    public static JsonException OutsideDoubleRange(ref Utf8JsonReader reader) =>
        new($"the number {NumberText(ref reader)} is outside the range of a double");

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string NumberText(ref Utf8JsonReader reader)
    {
        var text = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
        return text.Length <= 32 ? text : string.Concat(text.AsSpan(0, 32), "...");
    }
}
