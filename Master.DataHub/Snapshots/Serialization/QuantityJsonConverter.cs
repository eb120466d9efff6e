using System.Text.Json;
using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots.Serialization;

/// <summary>
/// Reads a <c>qty</c> without ever rejecting the body (agent-protocol.md §6.4): a string is kept raw for the Processor,
/// Master's own <c>{"raw":..,"value":..}</c> form is read back, and any other value keeps its JSON text with no value.
/// </summary>
internal sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override bool HandleNull => true;

    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return Quantity.FromRaw(SnapshotStrings.Read(ref reader));
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.StartObject:
                Utf8JsonReader checkpoint = reader;
                if (TryReadStored(ref reader, out Quantity stored))
                {
                    return stored;
                }

                reader = checkpoint;
                return Quantity.FromRaw(RawJson.Read(ref reader));
            default:
                return Quantity.FromRaw(RawJson.Read(ref reader));
        }
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("raw"u8, value.Raw);
        if (value.Value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber("value"u8, number);
        }

        writer.WriteEndObject();
    }

    // Reads {"raw": string, "value": number|null} with nothing else; false on any other shape.
    private static bool TryReadStored(ref Utf8JsonReader reader, out Quantity quantity)
    {
        quantity = default;
        string? raw = null;
        double? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isRaw = reader.ValueTextEquals("raw"u8);
            bool isValue = !isRaw && reader.ValueTextEquals("value"u8);
            if ((!isRaw && !isValue) || !reader.Read())
            {
                return false;
            }

            if (isRaw && reader.TokenType == JsonTokenType.String)
            {
                raw = SnapshotStrings.Read(ref reader);
            }
            else if (isValue && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double number))
            {
                value = number;
            }
            else if (!(isValue && reader.TokenType == JsonTokenType.Null))
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || raw is null)
        {
            return false;
        }

        quantity = new Quantity(raw, value);
        return true;
    }
}
