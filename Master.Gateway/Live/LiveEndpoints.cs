using System.Net.WebSockets;
using Master.Gateway.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Live;

/// <summary><c>/api/v2/subscribe</c>: live updates over a WebSocket (docs/live-updates.md).</summary>
internal static class LiveEndpoints
{
    /// <summary>Maps the route under <paramref name="api"/> and returns it, so the caller declares who may call it.</summary>
    public static RouteHandlerBuilder MapLiveEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/subscribe", SubscribeAsync).WithTags("Live").WithName("Subscribe");

    private static async Task<Results<EmptyHttpResult, BadRequest<ErrorResponse>>> SubscribeAsync(
        HttpContext context, [FromServices] LiveBroadcaster broadcaster)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.BadRequest(ErrorResponse.Of(ErrorCodes.BadRequest,
                "GET /api/v2/subscribe only accepts a WebSocket upgrade (Connection: Upgrade, Upgrade: websocket)."));
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await broadcaster.ServeAsync(socket, context.RequestAborted).ConfigureAwait(false);

        // Dropped without a close handshake (a send that timed out): end the TCP connection too, rather than leave
        // Kestrel flushing to a client that does not read.
        if (socket.State != WebSocketState.Closed)
        {
            context.Abort();
        }

        return TypedResults.Empty;
    }
}
