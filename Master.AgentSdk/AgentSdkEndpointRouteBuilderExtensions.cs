using Master.AgentSdk.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the agent channel (agent-protocol.md §1.1) onto an application.</summary>
public static class AgentSdkEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the agent channel so it answers on every listener: E1–E5, and <c>404 not_found</c> for any other path not
    /// mapped elsewhere. Use the overloads taking the agent port when the application also serves other endpoints.
    /// </summary>
    public static RouteGroupBuilder MapAgentSdk(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return MapCore(endpoints, null);
    }

    /// <summary>
    /// Maps the agent channel onto the listener on local port <paramref name="agentPort"/> only: requests on that port
    /// reach nothing but the channel (any other path is <c>404 not_found</c>), and requests on other ports never reach it.
    /// </summary>
    public static RouteGroupBuilder MapAgentSdk(this IEndpointRouteBuilder endpoints, int agentPort)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agentPort);
        return MapCore(endpoints, connection => connection.LocalPort == agentPort);
    }

    /// <summary>
    /// Maps the agent channel onto the connections for which <paramref name="isAgentListener"/> is true (for example a
    /// port known only once the server has started); the same isolation as <see cref="MapAgentSdk(IEndpointRouteBuilder, int)"/>.
    /// </summary>
    public static RouteGroupBuilder MapAgentSdk(this IEndpointRouteBuilder endpoints, Func<ConnectionInfo, bool> isAgentListener)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(isAgentListener);
        return MapCore(endpoints, isAgentListener);
    }

    private static RouteGroupBuilder MapCore(IEndpointRouteBuilder endpoints, Func<ConnectionInfo, bool>? isAgentListener)
    {
        var group = endpoints.MapGroup(string.Empty);
        group.WithMetadata(new AgentListenerMetadata(isAgentListener));

        // Held polls must outlive any request timeout the host configures (P9).
        group.WithMetadata(new DisableRequestTimeoutAttribute());

        // Agents authenticate with the channel's own tokens (MASTER_AGENT_AUTH), never with the web API's users.
        group.AllowAnonymous();
        AgentEndpoints.Map(group);
        return group;
    }
}
