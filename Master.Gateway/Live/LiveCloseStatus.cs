using System.Net.WebSockets;

namespace Master.Gateway.Live;

/// <summary>The close statuses and reasons Master ends a live connection with.</summary>
internal static class LiveCloseStatus
{
    /// <summary>1013 Try Again Later (RFC 6455 registry), which <see cref="WebSocketCloseStatus"/> does not name.</summary>
    public const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public const string TooSlow = "too slow";
    public const string MessageTooLarge = "message too large";
    public const string Stopping = "Master is stopping";
    public const string MissedChanges = "missed changes; reconnect and re-read state";
}
