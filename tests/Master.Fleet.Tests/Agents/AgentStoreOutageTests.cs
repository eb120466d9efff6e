using Master.Fleet.Tests.Support;
using Master.Query;
using Master.Testing.Waiting;

namespace Master.Fleet.Tests.Agents;

/// <summary>A real PostgreSQL taken offline while agents keep reporting: nothing fails upstream, nothing is lost.</summary>
public sealed class AgentStoreOutageTests
{
    [Test]
    public async Task Heartbeats_go_on_while_the_store_is_down_and_their_records_are_written_once_it_is_back()
    {
        await using var database = await ScratchDatabase.PostgresAsync();
        await using var fleet = await FleetHarness.StartAsync(database);
        await fleet.HeartbeatAsync("c1", "2.4.0");
        await fleet.Writer.FlushAsync(CancellationToken.None);

        await database.TakeOfflineAsync();
        fleet.Time.Advance(TimeSpan.FromSeconds(15));
        var during = await fleet.HeartbeatAsync("c1", "2.5.0");
        var newcomer = await fleet.HeartbeatAsync("c2");
        var failedFlush = async () => await fleet.Writer.FlushAsync(CancellationToken.None);

        during.Online.Should().BeTrue("a heartbeat never waits for the store");
        newcomer.Online.Should().BeTrue();
        await failedFlush.Should().ThrowAsync<Exception>();
        (await fleet.Reads.GetClusterAsync("c1"))!.Status.Should().Be(ClusterConnectivity.Online);

        await database.BringOnlineAsync();
        var flush = await fleet.Writer.FlushAsync(CancellationToken.None);

        flush.Records.Should().Be(2);
        var c1 = await fleet.Agents.GetAsync("c1");
        c1!.AgentVersion.Should().Be("2.5.0");
        c1.LastHeartbeatAt.Should().Be(FleetHarness.Start.AddSeconds(15));
        (await fleet.Clusters.GetAsync("c2")).Should().NotBeNull("a cluster first seen during the outage is registered afterwards");
    }

    [Test]
    public async Task The_persist_loop_survives_an_outage_and_catches_up_by_itself()
    {
        await using var database = await ScratchDatabase.PostgresAsync();
        var settings = new Dictionary<string, string?> { ["Master:Fleet:AgentPersistInterval"] = "00:00:05" };
        await using var fleet = await FleetHarness.StartAsync(database, settings);

        await database.TakeOfflineAsync();
        await fleet.HeartbeatAsync("c1");
        fleet.Time.Advance(TimeSpan.FromSeconds(5)); // one tick of the loop against the dead store
        await Task.Delay(200);
        await database.BringOnlineAsync();

        var written = await Eventually.ValueAsync(async () =>
        {
            fleet.Time.Advance(TimeSpan.FromSeconds(5));
            return await fleet.Agents.GetAsync("c1");
        });

        written.Should().NotBeNull();
    }
}
