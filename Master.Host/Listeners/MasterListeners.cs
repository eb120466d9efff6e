using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Master.Host.Listeners;

/// <summary>
/// The two listen sockets. Kestrel writes the bound end point back into each <see cref="ListenOptions"/>, so after
/// start the ports are the real ones also when port 0 was configured.
/// </summary>
internal sealed class MasterListeners
{
    private ListenOptions? _gateway;
    private ListenOptions? _agent;

    /// <summary>The gateway end point: the bound one once the server has started.</summary>
    public IPEndPoint GatewayEndPoint => _gateway?.IPEndPoint ?? throw NotConfigured();

    /// <summary>The agent end point: the bound one once the server has started.</summary>
    public IPEndPoint AgentEndPoint => _agent?.IPEndPoint ?? throw NotConfigured();

    public void UseGateway(ListenOptions options) => _gateway = options;

    public void UseAgent(ListenOptions options) => _agent = options;

    /// <summary>True when the connection came in on the agent listener.</summary>
    public bool IsAgentConnection(ConnectionInfo connection) =>
        _agent?.IPEndPoint is { Port: not 0 } agent && connection.LocalPort == agent.Port;

    private static InvalidOperationException NotConfigured() => new("The Kestrel listeners are not configured yet.");
}
