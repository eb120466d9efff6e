using System.Net.WebSockets;
using Master.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Master.Gateway.Tests.Live;

/// <summary>The host stopping ends every live connection with a close frame.</summary>
public sealed class LiveStoppingTests
{
    [Test]
    public async Task Stopping_host_closes_the_connection_with_1001()
    {
        await using var factory = new GatewayFactory();
        using var client = await LiveClient.ConnectAsync(factory);
        await client.SubscribeAsync("clusters");

        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var next = await client.ReceiveOrCloseAsync();

        next.Should().BeNull();
        client.Socket.CloseStatus.Should().Be(WebSocketCloseStatus.EndpointUnavailable);
        client.Socket.CloseStatusDescription.Should().Be("Master is stopping");
    }
}
