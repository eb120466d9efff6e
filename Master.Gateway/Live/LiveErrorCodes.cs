namespace Master.Gateway.Live;

/// <summary>The codes of the <c>error</c> messages of <c>/api/v2/subscribe</c> (docs/live-updates.md).</summary>
internal static class LiveErrorCodes
{
    public const string InvalidJson = "invalid_json";
    public const string InvalidMessage = "invalid_message";
    public const string UnknownTopic = "unknown_topic";
    public const string BinaryNotSupported = "binary_not_supported";
    public const string MessageTooLarge = "message_too_large";
}
