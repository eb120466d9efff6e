using Master.Gateway.Tests.Support;
using Master.Testing.Snapshots;

namespace Master.Gateway.Tests.Events;

/// <summary>End to end: a snapshot pushed on the agent channel shows its events in <c>/api/v2/events</c>.</summary>
public sealed class SnapshotEventHistoryTests
{
    [Test]
    public async Task The_events_of_a_pushed_snapshot_reach_the_history_once_each()
    {
        await using var factory = new GatewayFactory();
        var fixture = SnapshotFixtureBuilder.Create("prod-eu", pods: 300, nodes: 6, seed: 11);
        await factory.Agent.SendSnapshotAsync("prod-eu", fixture.ToJson());
        var expected = fixture.Facts.Counts["events"];

        // The history is written off the request path: wait for it (a bound, not a speed assertion).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int total;
        do
        {
            await Task.Delay(50);
            total = (await factory.Gateway.GetJsonAsync("/api/v2/events?cluster=prod-eu&limit=1")).Body!["total"]!.GetValue<int>();
        }
        while (total < expected && DateTime.UtcNow < deadline);

        total.Should().Be(expected);
        var (_, warnings) = await factory.Gateway.GetJsonAsync("/api/v2/events?cluster=prod-eu&type=Warning&limit=1");
        warnings!["total"]!.GetValue<int>().Should().Be(fixture.Facts.WarningEvents);
    }
}
