using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Master.AgentSdk.Tests.Support;
using Master.Testing.AgentChannel;
using Microsoft.AspNetCore.Builder;

namespace Master.AgentSdk.Tests.Routing;

/// <summary>
/// agent-protocol.md §1: the agent channel answers only on its own listener, and the other listener (the gateway's)
/// never reaches it, over two real ports of one server with a stand-in gateway route.
/// </summary>
public sealed class ListenerIsolationTests
{
    private const string GatewayPath = "/gateway/ping";

    [Test]
    public async Task Agent_listener_reaches_only_the_agent_channel()
    {
        var (server, agent, _) = await StartSplitAsync();
        await using var _ = server;
        using var client = server.CreateClient(agent);
        var cluster = AgentHttp.NewClusterId();

        using var heartbeat = await client.SendAsync(AgentHttp.Heartbeat(cluster));
        using var health = await client.GetAsync("/health");
        using var gatewayRoute = await client.GetAsync(GatewayPath);

        heartbeat.StatusCode.Should().Be(HttpStatusCode.OK);
        (await server.Hub().GetAgentAsync(cluster)).Should().NotBeNull();
        (await health.Content.ReadAsStringAsync()).Should().Be("ok");
        gatewayRoute.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gatewayRoute.ErrorCodeAsync()).Should().Be("not_found");
    }

    [Test]
    public async Task Gateway_listener_never_reaches_the_agent_channel()
    {
        var (server, _, gateway) = await StartSplitAsync();
        await using var _ = server;
        using var client = server.CreateClient(gateway);
        var cluster = AgentHttp.NewClusterId();

        using var heartbeat = await client.SendAsync(AgentHttp.Heartbeat(cluster));
        using var poll = await client.SendAsync(AgentHttp.PollFor(cluster));
        using var health = await client.GetAsync("/health");
        using var gatewayRoute = await client.GetAsync(GatewayPath);
        using var wrongMethod = await client.PostAsync(GatewayPath, null);

        heartbeat.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await heartbeat.Content.ReadAsStringAsync()).Should().BeEmpty("the agent channel's JSON 404 is not served here");
        (await server.Hub().GetAgentAsync(cluster)).Should().BeNull();
        poll.StatusCode.Should().Be(HttpStatusCode.NotFound);
        health.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gatewayRoute.Content.ReadAsStringAsync()).Should().Be("pong");
        wrongMethod.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, "the gateway keeps its own 405s");
        (await wrongMethod.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Port_overload_confines_the_channel_to_that_port()
    {
        // The port is taken from the system and released just before Kestrel binds it; another process grabbing it in
        // that instant would fail the start, not the assertions.
        var agentPort = FreePort();
        await using var server = await AgentSdkServer.StartAsync(map: app => MapSplit(app, agentPort), extraListeners: 1, port: agentPort);
        var gateway = server.ListenerAddresses.Single(address => address.Port != agentPort);
        using var agentClient = server.CreateClient(new Uri($"http://127.0.0.1:{agentPort}/"));
        using var gatewayClient = server.CreateClient(gateway);

        using var onAgent = await agentClient.SendAsync(AgentHttp.Heartbeat(AgentHttp.NewClusterId()));
        using var onGateway = await gatewayClient.SendAsync(AgentHttp.Heartbeat(AgentHttp.NewClusterId()));
        using var gatewayOnAgent = await agentClient.GetAsync(GatewayPath);
        using var gatewayOnGateway = await gatewayClient.GetAsync(GatewayPath);

        onAgent.StatusCode.Should().Be(HttpStatusCode.OK);
        onGateway.StatusCode.Should().Be(HttpStatusCode.NotFound);
        gatewayOnAgent.StatusCode.Should().Be(HttpStatusCode.NotFound);
        gatewayOnGateway.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Starts one server on two ports; the channel is bound to the second once its port is known.</summary>
    private static async Task<(AgentChannelServer Server, Uri Agent, Uri Gateway)> StartSplitAsync()
    {
        var agentPort = new StrongBox<int>();
        var server = await AgentSdkServer.StartAsync(map: app => MapSplit(app, agentPort), extraListeners: 1);
        var addresses = server.ListenerAddresses;
        agentPort.Value = addresses[1].Port;
        return (server, addresses[1], addresses[0]);
    }

    private static void MapSplit(WebApplication app, StrongBox<int> agentPort)
    {
        app.MapAgentSdk(connection => connection.LocalPort == agentPort.Value);
        app.MapGet(GatewayPath, () => "pong");
    }

    private static void MapSplit(WebApplication app, int agentPort)
    {
        app.MapAgentSdk(agentPort);
        app.MapGet(GatewayPath, () => "pong");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
