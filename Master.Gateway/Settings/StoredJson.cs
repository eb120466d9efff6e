using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Master.Gateway.Settings;

/// <summary>JSON values kept as text in the relational store: written compactly, read back as JSON.</summary>
internal static class StoredJson
{
    // The text goes to a database column, never into HTML, so only what JSON itself requires is escaped: a non-ASCII
    // character stays one character instead of six, which keeps the stored size close to what the client sent.
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The value as compact JSON text in UTF-8.</summary>
    public static byte[] Compact(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            value.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The stored text as a JSON value; text that is not JSON (written by another part of Master, not through the API)
    /// comes back as a JSON string rather than failing the whole reply.
    /// </summary>
    public static JsonElement Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
