using System.Text.Json;
using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots.Serialization;

// Rule R1 makes a JSON null equal to the empty value for every field, while R5/R6 reject a wrong JSON type and a
// non-integer in an integer field. The built-in converters reject null for value types and store null for strings,
// so these small converters replace them for the snapshot model.

/// <summary>Strings: null reads as empty; any other non-string token is an error (R5).</summary>
internal sealed class StrictStringConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => SnapshotStrings.Read(ref reader),
            JsonTokenType.Null => string.Empty,
            _ => throw StrictJson.WrongType(ref reader, "a string"),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SnapshotStrings.Read(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}

/// <summary>Int32 fields: null reads as 0; a fraction, exponent, out-of-range value or non-number is an error (R5, R6).</summary>
internal sealed class StrictInt32Converter : JsonConverter<int>
{
    public override bool HandleNull => true;

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out int value) => value,
            JsonTokenType.Number => throw StrictJson.NotInteger(ref reader, "Int32"),
            JsonTokenType.Null => 0,
            _ => throw StrictJson.WrongType(ref reader, "an integer"),
        };

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Int64 fields: null reads as 0; a fraction, exponent, out-of-range value or non-number is an error (R5, R6).</summary>
internal sealed class StrictInt64Converter : JsonConverter<long>
{
    public override bool HandleNull => true;

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt64(out long value) => value,
            JsonTokenType.Number => throw StrictJson.NotInteger(ref reader, "Int64"),
            JsonTokenType.Null => 0,
            _ => throw StrictJson.WrongType(ref reader, "an integer"),
        };

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Float64 fields: null reads as 0; a non-number or a number beyond the double range is an error (R5).</summary>
internal sealed class StrictDoubleConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetDouble(out double value) => value,
            JsonTokenType.Number => throw StrictJson.OutsideDoubleRange(ref reader),
            JsonTokenType.Null => 0,
            _ => throw StrictJson.WrongType(ref reader, "a number"),
        };

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Bool fields: null reads as false; any other non-boolean token is an error (R5).</summary>
internal sealed class StrictBooleanConverter : JsonConverter<bool>
{
    public override bool HandleNull => true;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            _ => throw StrictJson.WrongType(ref reader, "true or false"),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
