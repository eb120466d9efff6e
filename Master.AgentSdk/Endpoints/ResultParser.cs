using System.Text;
using System.Text.Json;

namespace Master.AgentSdk.Endpoints;

/// <summary>
/// Decodes a result body: one JSON object, names matched case-insensitively (R4), unknown members ignored (R3), wrong
/// types for <c>commandId</c>/<c>success</c>/<c>output</c>/<c>error</c> rejected (R5); <c>execTime</c> and
/// <c>executedAt</c> never reject (§5.3 T4, §5.4).
/// </summary>
internal static class ResultParser
{
    /// <summary>Returns the parsed result, or null with <paramref name="errorCode"/> set.</summary>
    public static ParsedResult? Parse(ReadOnlySpan<byte> json, out string? errorCode)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        errorCode = "invalid_json";
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var fields = new Fields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (!fields.Read(name, ref reader))
                {
                    return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return null;
            }

            if (string.IsNullOrEmpty(fields.CommandId))
            {
                errorCode = "command_id_required";
                return null;
            }

            errorCode = null;
            return fields.ToResult();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Fields
    {
        public string? CommandId { get; private set; }

        private bool _success;
        private string? _output;
        private string? _error;
        private long? _execTime;
        private string? _malformedExecTime;
        private DateTimeOffset? _executedAt;
        private string? _malformedExecutedAt;

        public bool Read(string name, ref Utf8JsonReader reader)
        {
            switch (name.ToUpperInvariant())
            {
                case "COMMANDID":
                    return ReadString(ref reader, v => CommandId = v);
                case "OUTPUT":
                    return ReadString(ref reader, v => _output = v);
                case "ERROR":
                    return ReadString(ref reader, v => _error = v);
                case "SUCCESS":
                    if (reader.TokenType is JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
                    {
                        _success = reader.TokenType == JsonTokenType.True;
                        return true;
                    }

                    return false;
                case "EXECTIME":
                    ReadExecTime(ref reader);
                    return true;
                case "EXECUTEDAT":
                    ReadExecutedAt(ref reader);
                    return true;
                default:
                    reader.Skip();
                    return true;
            }
        }

        public ParsedResult ToResult() =>
            new(CommandId!, _success, _output, _error, _execTime, _executedAt, _malformedExecTime, _malformedExecutedAt);

        private static bool ReadString(ref Utf8JsonReader reader, Action<string?> set)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                set(null);
                return true;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            set(reader.GetString());
            return true;
        }

        private void ReadExecTime(ref Utf8JsonReader reader)
        {
            _execTime = null;
            _malformedExecTime = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var ns) && ns >= 0)
            {
                _execTime = ns;
                return;
            }

            _malformedExecTime = Raw(ref reader);
        }

        private void ReadExecutedAt(ref Utf8JsonReader reader)
        {
            _executedAt = null;
            _malformedExecutedAt = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            if (reader.TokenType == JsonTokenType.String && AgentTime.TryParse(reader.GetString()!, out var at))
            {
                _executedAt = at;
                return;
            }

            _malformedExecutedAt = Raw(ref reader);
        }

        private static string Raw(ref Utf8JsonReader reader)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var kind = reader.TokenType == JsonTokenType.StartObject ? "(object)" : "(array)";
                reader.Skip();
                return kind;
            }

            var text = Encoding.UTF8.GetString(reader.ValueSpan);
            return text.Length <= 64 ? text : text[..64];
        }
    }
}
