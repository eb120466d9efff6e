using Master.Fleet.Tests.Support;
using Master.Testing.Servers;

namespace Master.Fleet.Tests.Agents;

/// <summary>Two instances on one Redis hub and one store: the fleet-wide passes run on the instance holding the lease.</summary>
[TestFixture]
public sealed class FleetLeaseTests
{
    [Test]
    public async Task Stale_agent_cleanup_runs_on_the_instance_holding_its_lease_only()
    {
        var settings = new Dictionary<string, string?>
        {
            [FleetHarness.RedisConfigurationKey] = TestServers.Require(TestServers.RedisVariable),
            ["Master:DataHub:Redis:Prefix"] = $"test:{Guid.NewGuid():N}:",
        };
        await using var database = ScratchDatabase.Sqlite();
        await using var holder = await FleetHarness.StartAsync(database, settings);
        await using var other = await FleetHarness.StartAsync(database, settings);
        await holder.Cleanup.RunOnceAsync(CancellationToken.None); // takes the lease
        await other.HeartbeatAsync("quiet");
        await other.Writer.FlushAsync(CancellationToken.None);
        foreach (var instance in new[] { holder, other })
        {
            instance.Time.Advance(TimeSpan.FromMinutes(11));
        }

        await other.Hub.SweepOfflineAgentsAsync();
        await other.Cleanup.RunOnceAsync(CancellationToken.None);
        var keptByOther = await other.Hub.GetAgentAsync("quiet");
        await holder.Cleanup.RunOnceAsync(CancellationToken.None);

        keptByOther.Should().NotBeNull("the other instance does not hold the agent-cleanup lease");
        (await other.Hub.GetAgentAsync("quiet")).Should().BeNull("the lease holder removed the stale agent for the fleet");
    }
}
