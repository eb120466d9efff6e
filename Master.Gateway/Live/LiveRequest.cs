using System.Text.Json;

namespace Master.Gateway.Live;

/// <summary>A client message: <c>{"subscribe": [topics]}</c> or <c>{"unsubscribe": [topics]}</c>.</summary>
/// <param name="Subscribe">True to add the topics, false to remove them.</param>
/// <param name="Topics">The topics named.</param>
internal readonly record struct LiveRequest(bool Subscribe, LiveTopic Topics)
{
    public const string Example = """{"subscribe": ["clusters"]}""";

    /// <summary>The request in <paramref name="utf8"/>, or null and the error to answer; a request naming any unknown topic is refused whole.</summary>
    public static LiveRequest? Parse(ReadOnlyMemory<byte> utf8, out LiveError? error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException exception)
        {
            error = new LiveError(LiveErrorCodes.InvalidJson,
                $"The message is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");
            return null;
        }

        using (document)
        {
            return Read(document.RootElement, out error);
        }
    }

    private static LiveRequest? Read(JsonElement root, out LiveError? error)
    {
        error = null;
        var members = root.ValueKind == JsonValueKind.Object ? root.EnumerateObject().ToList() : [];
        if (members.Count != 1 || members[0].Name is not ("subscribe" or "unsubscribe"))
        {
            error = Invalid($"Expected an object with one member, subscribe or unsubscribe, such as {Example}.");
            return null;
        }

        var (name, value) = (members[0].Name, members[0].Value);
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            error = Invalid($"'{name}' must be an array of topic names, such as {Example}.");
            return null;
        }

        var topics = LiveTopic.None;
        var unknown = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var topic = LiveTopics.Parse(item.GetString()!);
            topics |= topic;
            if (topic == LiveTopic.None)
            {
                unknown.Add(item.GetString()!);
            }
        }

        if (unknown.Count > 0)
        {
            error = new LiveError(LiveErrorCodes.UnknownTopic,
                $"Unknown topic {string.Join(", ", unknown.Select(topic => $"'{topic}'"))}; expected {LiveTopics.KnownNames}. Nothing was changed.");
            return null;
        }

        return new LiveRequest(name == "subscribe", topics);
    }

    private static LiveError Invalid(string message) => new(LiveErrorCodes.InvalidMessage, message);
}
