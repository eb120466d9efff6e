using System.Text.Json;
using Master.AgentSdk.Commands;

namespace Master.AgentSdk.Endpoints;

/// <summary>
/// Decodes a <c>POST /agent/logs</c> body (§11.5): member names matched case-insensitively (R4), unknown members ignored
/// (R3). One bad chunk refuses the whole request (G1), so a request is stored entirely or not at all.
/// </summary>
internal static class LogPushParser
{
    /// <summary>The most chunks one request may carry.</summary>
    public const int MaxChunks = 1000;

    /// <summary>Returns the command id and its chunks, or null with <paramref name="errorCode"/> and <paramref name="message"/> set.</summary>
    public static (string CommandId, IReadOnlyList<AgentLogChunk> Chunks)? Parse(ReadOnlyMemory<byte> json, out string? errorCode, out string? message)
    {
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        errorCode = "invalid_json";
        message = "The body is not a valid log push JSON object.";
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? commandId = null;
            JsonElement? chunks = null;
            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (member.Name.Equals("commandId", StringComparison.OrdinalIgnoreCase))
                {
                    if (member.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return null;
                    }

                    commandId = member.Value.GetString();
                }
                else if (member.Name.Equals("chunks", StringComparison.OrdinalIgnoreCase))
                {
                    chunks = member.Value;
                }
            }

            if (string.IsNullOrEmpty(commandId))
            {
                errorCode = "command_id_required";
                message = "The log push has no commandId.";
                return null;
            }

            var parsed = ParseChunks(chunks, out message);
            errorCode = parsed is null ? "invalid_chunk" : null;
            return parsed is null ? null : (commandId, parsed);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<AgentLogChunk>? ParseChunks(JsonElement? chunks, out string? message)
    {
        message = null;
        List<AgentLogChunk> parsed = [];
        if (chunks is not { ValueKind: not JsonValueKind.Null } array)
        {
            return parsed;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            message = "chunks must be an array of {offset, stream, data}.";
            return null;
        }

        if (array.GetArrayLength() > MaxChunks)
        {
            message = $"At most {MaxChunks} chunks per request; got {array.GetArrayLength()}.";
            return null;
        }

        var index = 0;
        foreach (var chunk in array.EnumerateArray())
        {
            if (ParseChunk(chunk) is not { } valid)
            {
                message = $"Chunk {index} is invalid: it needs an integer offset of 0 or more, a stream of stdout or stderr and a data string.";
                return null;
            }

            parsed.Add(valid);
            index++;
        }

        return parsed;
    }

    private static AgentLogChunk? ParseChunk(JsonElement chunk)
    {
        if (chunk.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        long? offset = null;
        string? stream = null;
        string? data = null;
        foreach (var member in chunk.EnumerateObject())
        {
            switch (member.Name.ToUpperInvariant())
            {
                case "OFFSET":
                    offset = member.Value.ValueKind == JsonValueKind.Number && member.Value.TryGetInt64(out var value) ? value : -1;
                    break;
                case "STREAM":
                    stream = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
                    break;
                case "DATA":
                    data = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
                    break;
            }
        }

        return offset is >= 0 && stream is "stdout" or "stderr" && data is not null
            ? new AgentLogChunk(stream, offset.Value, data)
            : null;
    }
}
