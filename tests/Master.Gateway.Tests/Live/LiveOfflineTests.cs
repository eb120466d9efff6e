using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Live;

/// <summary><c>cluster.offline</c>, on a host of its own: it moves the clock past the heartbeat timeout.</summary>
public sealed class LiveOfflineTests
{
    [Test]
    public async Task Silent_agent_is_announced_offline_with_its_last_contact()
    {
        await using var factory = new GatewayFactory();
        await factory.Agent.HeartbeatAsync("live-silent");
        using var client = await LiveClient.ConnectAsync(factory);
        await client.SubscribeAsync("clusters");

        factory.Time.Advance(TimeSpan.FromSeconds(46));
        var (offline, _) = await client.ReceiveUntilAsync("cluster.offline", "live-silent");

        offline["data"].ShouldEqualJson("""{"clusterId": "live-silent", "lastSeen": "2025-06-12T06:00:00Z"}""");
        DateTimeOffset.Parse(offline["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeAfter(GatewayFactory.Start.AddSeconds(45));
    }
}
