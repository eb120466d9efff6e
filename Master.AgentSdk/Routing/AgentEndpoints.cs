using Master.AgentSdk.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Master.AgentSdk.Routing;

/// <summary>Maps E1–E5 and the catch-all 404 of the agent channel (agent-protocol.md §1.1, §1.2 steps 1–2).</summary>
internal static class AgentEndpoints
{
    /// <summary>Maps every route on <paramref name="group"/>; methods and exact paths are checked by the handlers.</summary>
    public static void Map(RouteGroupBuilder group)
    {
        MapPath(group, "/agent/snapshot", "snapshot", HttpMethods.Post, static (channel, context) => channel.SnapshotAsync(context));
        MapPath(group, "/agent/heartbeat", "heartbeat", HttpMethods.Post, static (channel, context) => channel.HeartbeatAsync(context));
        MapPath(group, "/agent/commands", "commands", HttpMethods.Get, static (channel, context) => channel.PollAsync(context));
        MapPath(group, "/agent/result", "result", HttpMethods.Post, static (channel, context) => channel.ResultAsync(context));
        MapPath(group, "/agent/logs", "logs", HttpMethods.Post, static (channel, context) => channel.LogsAsync(context));
        group.Map("/health", HealthAsync).WithName("AgentHealth");
        group.MapFallback("{**path}", NotFoundAsync).WithName("AgentNotFound");
    }

    private static void MapPath(
        RouteGroupBuilder group, string path, string endpoint, string method, Func<AgentChannel, HttpContext, Task> handler)
    {
        group.Map(path, context =>
        {
            var channel = context.RequestServices.GetRequiredService<AgentChannel>();
            return channel.RunAsync(context, endpoint, ctx => DispatchAsync(ctx, path, method, channel, handler));
        }).WithName("Agent" + char.ToUpperInvariant(endpoint[0]) + endpoint[1..]);
    }

    private static Task DispatchAsync(HttpContext context, string path, string method, AgentChannel channel, Func<AgentChannel, HttpContext, Task> handler)
    {
        // Routing ignores case and a trailing slash; the protocol matches paths exactly.
        if (!string.Equals(context.Request.Path.Value, path, StringComparison.Ordinal))
        {
            return AgentResponses.WriteNotFoundAsync(context);
        }

        return string.Equals(context.Request.Method, method, StringComparison.Ordinal)
            ? handler(channel, context)
            : AgentResponses.WriteMethodNotAllowedAsync(context, method);
    }

    private static Task HealthAsync(HttpContext context)
    {
        var channel = context.RequestServices.GetRequiredService<AgentChannel>();
        return channel.RunAsync(context, "health", static ctx =>
        {
            if (!string.Equals(ctx.Request.Path.Value, "/health", StringComparison.Ordinal))
            {
                return AgentResponses.WriteNotFoundAsync(ctx);
            }

            return HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                ? AgentResponses.WriteHealthAsync(ctx)
                : AgentResponses.WriteMethodNotAllowedAsync(ctx, "GET, HEAD");
        });
    }

    private static Task NotFoundAsync(HttpContext context)
    {
        var channel = context.RequestServices.GetRequiredService<AgentChannel>();
        return channel.RunAsync(context, "not_found", AgentResponses.WriteNotFoundAsync);
    }
}
