using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots.Serialization;

/// <summary>
/// Reads <c>time</c>/<c>timestr</c> values without ever rejecting the body (rule T4): a value that is not an RFC 3339
/// string becomes unset with its raw text kept. Writes <c>yyyy-MM-ddTHH:mm:ss.FFFFFFFZ</c> in UTC, or null when unset.
/// </summary>
internal sealed class TimestampJsonConverter : JsonConverter<Timestamp>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override bool HandleNull => true;

    public override Timestamp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return Timestamp.Unset;
            case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                return Timestamp.Parse(reader.ValueSpan);
            case JsonTokenType.String:
                return Timestamp.Parse(reader.GetString());
            default:
                return new Timestamp(null, RawJson.Read(ref reader));
        }
    }

    public override void Write(Utf8JsonWriter writer, Timestamp value, JsonSerializerOptions options)
    {
        if (value.Value is not { } instant)
        {
            writer.WriteNullValue();
            return;
        }

        Span<byte> buffer = stackalloc byte[32];
        if (!instant.UtcDateTime.TryFormat(buffer, out int written, Format, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(Encoding.UTF8.GetBytes(instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)));
            return;
        }

        writer.WriteStringValue(buffer[..written]);
    }
}
