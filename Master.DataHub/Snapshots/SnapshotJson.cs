using System.Buffers;
using System.Text.Json;
using Master.DataHub.Snapshots.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>
/// Decodes the agent's snapshot JSON (agent-protocol.md §4.2) by the robustness rules R1-R6 of §0.2, and writes
/// snapshots for the API and for stores (camelCase, nulls omitted, quantities as <c>{"raw","value"}</c>, times in UTC).
/// Everything <see cref="Serialize(ClusterSnapshot)"/> writes is read back by <see cref="Deserialize"/>.
/// </summary>
public static class SnapshotJson
{
    /// <summary>
    /// Decodes one snapshot from UTF-8 JSON (a leading BOM is tolerated). Missing or null lists and maps become empty,
    /// unknown members are ignored and names match case-insensitively; times and quantities never fail the body.
    /// </summary>
    /// <exception cref="SnapshotJsonException">
    /// The body is empty, not a JSON object, has trailing content or a syntax error, or a value has the wrong JSON type
    /// or is not an integer where one is required.
    /// </exception>
    public static ClusterSnapshot Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        // "\uFEFF"u8 is EF BB BF; "\xEF\xBB\xBF"u8 would be six bytes (three Latin-1 characters encoded as UTF-8).
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        RejectNonObject(utf8Json);
        SnapshotStrings? strings = SnapshotStrings.Begin();
        try
        {
            return JsonSerializer.Deserialize(utf8Json, SnapshotJsonContext.Default.ClusterSnapshot)
                ?? throw new SnapshotJsonException("The snapshot body is null, not a JSON object.");
        }
        catch (JsonException e)
        {
            throw Describe(e);
        }
        finally
        {
            strings?.End();
        }
    }

    /// <summary>Writes the snapshot as UTF-8 JSON.</summary>
    public static byte[] Serialize(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.SerializeToUtf8Bytes(snapshot, SnapshotJsonContext.Default.ClusterSnapshot);
    }

    /// <summary>Writes the snapshot as UTF-8 JSON to <paramref name="stream"/>, flushing as it goes.</summary>
    public static Task SerializeAsync(Stream stream, ClusterSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.SerializeAsync(stream, snapshot, SnapshotJsonContext.Default.ClusterSnapshot, cancellationToken);
    }

    /// <summary>Writes the snapshot as one JSON value to <paramref name="writer"/>, e.g. inside a larger document.</summary>
    public static void Serialize(Utf8JsonWriter writer, ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshot);
        JsonSerializer.Serialize(writer, snapshot, SnapshotJsonContext.Default.ClusterSnapshot);
    }

    private static readonly SearchValues<byte> JsonWhitespace = SearchValues.Create(" \t\r\n"u8);

    // The serializer would report a top-level array or scalar only as a failed conversion; name it plainly instead.
    private static void RejectNonObject(ReadOnlySpan<byte> utf8Json)
    {
        int first = utf8Json.IndexOfAnyExcept(JsonWhitespace);
        if (first < 0)
        {
            throw new SnapshotJsonException("The snapshot body is empty, not a JSON object.");
        }

        string? kind = utf8Json[first] switch
        {
            (byte)'{' => null,
            (byte)'[' => "an array",
            (byte)'"' => "a string",
            (byte)'n' => "null",
            (byte)'t' or (byte)'f' => "a boolean",
            (byte)'-' or (>= (byte)'0' and <= (byte)'9') => "a number",
            _ => null,
        };
        if (kind is not null)
        {
            throw new SnapshotJsonException($"The snapshot body is {kind}, not a JSON object.", "$", 1, first + 1, null);
        }
    }

    private static SnapshotJsonException Describe(JsonException e)
    {
        long? line = e.LineNumber + 1;
        long? position = e.BytePositionInLine + 1;
        string where = e.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
        string location = line is null ? string.Empty : $" (line {line}, byte {position})";
        return new SnapshotJsonException($"The snapshot body is not valid JSON{where}{location}: {Reason(e)}.", e.Path, line, position, e);
    }

    private static string Reason(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            message = message[..cut];
        }

        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            return "the value has the wrong JSON type for this field";
        }

        return message.TrimEnd('.', ' ', '|');
    }
}
