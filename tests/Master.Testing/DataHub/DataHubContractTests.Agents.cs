using Master.DataHub.Agents;
using Master.DataHub.Changes;

namespace Master.Testing.DataHub;

public abstract partial class DataHubContractTests
{
    private static TimeSpan Tick => TimeSpan.FromMilliseconds(1);

    [Test]
    public async Task First_heartbeat_registers_the_agent_online_and_publishes_agent_online()
    {
        await using var changes = new ChangeRecorder(Hub);
        var now = Time.GetUtcNow();

        var state = await HeartbeatAsync("c1");

        state.Should().BeEquivalentTo(new AgentState
        {
            ClusterId = "c1",
            FirstSeen = now,
            LastSeen = now,
            LastHeartbeat = now,
            LastSnapshotAt = null,
            Online = true,
        });
        (await Hub.GetAgentAsync("c1")).Should().Be(state);
        (await changes.NextAsync<AgentOnline>()).Should().Be(new AgentOnline("c1", now));
    }

    [Test]
    public async Task Snapshot_contact_sets_last_snapshot_and_keeps_the_last_heartbeat()
    {
        var first = Time.GetUtcNow();
        await HeartbeatAsync("c1");
        Time.Advance(TimeSpan.FromSeconds(10));

        var state = await Hub.RecordContactAsync("c1", AgentContact.Snapshot, AgentReport.None);

        state.FirstSeen.Should().Be(first);
        state.LastHeartbeat.Should().Be(first);
        state.LastSnapshotAt.Should().Be(Time.GetUtcNow());
        state.LastSeen.Should().Be(Time.GetUtcNow());
    }

    [Test]
    public async Task Unknown_cluster_has_no_agent()
    {
        await HeartbeatAsync("c1");

        var agent = await Hub.GetAgentAsync("c2");

        agent.Should().BeNull();
    }

    [Test]
    public async Task Agent_reads_online_up_to_the_heartbeat_timeout_and_offline_after_it_without_a_sweep()
    {
        await HeartbeatAsync("c1");

        Time.Advance(DefaultOptions.HeartbeatTimeout);
        var atTimeout = await Hub.GetAgentAsync("c1");
        Time.Advance(Tick);
        var afterTimeout = await Hub.GetAgentAsync("c1");
        var listed = await Hub.ListAgentsAsync();

        atTimeout!.Online.Should().BeTrue();
        afterTimeout!.Online.Should().BeFalse();
        listed.Should().ContainSingle().Which.Online.Should().BeFalse();
    }

    [Test]
    public async Task Sweep_marks_silent_agents_offline_once_and_publishes_agent_offline()
    {
        var lastSeen = Time.GetUtcNow();
        await HeartbeatAsync("c1");
        Time.Advance(TimeSpan.FromSeconds(30));
        await HeartbeatAsync("c2");
        Time.Advance(TimeSpan.FromSeconds(16));
        await using var changes = new ChangeRecorder(Hub);

        var offline = await Hub.SweepOfflineAgentsAsync();
        var again = await Hub.SweepOfflineAgentsAsync();

        offline.Should().ContainSingle().Which.Should().Match<AgentState>(a => a.ClusterId == "c1" && !a.Online);
        again.Should().BeEmpty();
        (await changes.NextAsync<AgentOffline>()).Should().Be(new AgentOffline("c1", Time.GetUtcNow(), lastSeen));
        await Hub.SetSnapshotAsync("marker", Snapshot("marker"), "m");
        (await changes.NextAsync()).Should().BeOfType<SnapshotUpdated>("the second sweep published nothing");
        (await Hub.GetAgentAsync("c2"))!.Online.Should().BeTrue();
    }

    [Test]
    public async Task Started_hub_notices_a_silent_agent_by_itself()
    {
        await using var changes = new ChangeRecorder(Hub);
        var lastSeen = Time.GetUtcNow();
        await HeartbeatAsync("c1");
        await changes.NextAsync<AgentOnline>();
        await Hub.StartAsync();

        Time.Advance(DefaultOptions.HeartbeatTimeout + DefaultOptions.LivenessCheckInterval);

        var offline = await changes.NextAsync<AgentOffline>();
        offline.ClusterId.Should().Be("c1");
        offline.LastSeen.Should().Be(lastSeen);
        (await Hub.GetAgentAsync("c1"))!.Online.Should().BeFalse();
    }

    [Test]
    public async Task Contact_after_going_offline_brings_the_agent_back_online()
    {
        var firstSeen = Time.GetUtcNow();
        await HeartbeatAsync("c1");
        Time.Advance(DefaultOptions.HeartbeatTimeout + Tick);
        await Hub.SweepOfflineAgentsAsync();
        await using var changes = new ChangeRecorder(Hub);

        var state = await Hub.RecordContactAsync("c1", AgentContact.Snapshot, AgentReport.None);

        state.Online.Should().BeTrue();
        state.FirstSeen.Should().Be(firstSeen);
        (await Hub.GetAgentAsync("c1"))!.Online.Should().BeTrue();
        (await changes.NextAsync<AgentOnline>()).Should().Be(new AgentOnline("c1", Time.GetUtcNow()));
    }

    [Test]
    public async Task Contact_after_an_unswept_silence_publishes_offline_then_online()
    {
        var lastSeen = Time.GetUtcNow();
        await HeartbeatAsync("c1");
        Time.Advance(DefaultOptions.HeartbeatTimeout + Tick);
        await using var changes = new ChangeRecorder(Hub);

        await HeartbeatAsync("c1");

        (await changes.NextAsync<AgentOffline>()).LastSeen.Should().Be(lastSeen);
        (await changes.NextAsync<AgentOnline>()).At.Should().Be(Time.GetUtcNow());
    }

    [Test]
    public async Task Contacts_while_online_publish_nothing()
    {
        await HeartbeatAsync("c1");
        await using var changes = new ChangeRecorder(Hub);
        Time.Advance(TimeSpan.FromSeconds(15));

        await HeartbeatAsync("c1");
        await Hub.RecordContactAsync("c1", AgentContact.Snapshot, AgentReport.None);
        await Hub.SetSnapshotAsync("marker", Snapshot("marker"), "m");

        (await changes.NextAsync()).Should().BeOfType<SnapshotUpdated>();
    }

    [Test]
    public async Task Each_contact_replaces_the_report_including_with_nulls()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["env"] = "prod" };
        await Hub.RecordContactAsync("c1", AgentContact.Heartbeat, new AgentReport("1.2.0", labels, new string('a', 64)));

        var partial = await Hub.RecordContactAsync("c1", AgentContact.Snapshot, new AgentReport(null, labels, null));
        var none = await Hub.RecordContactAsync("c1", AgentContact.Heartbeat, AgentReport.None);

        partial.Report.AgentVersion.Should().BeNull();
        partial.Report.Labels.Should().Equal(labels);
        partial.Report.ConfigHash.Should().BeNull();
        none.Report.Should().BeEquivalentTo(AgentReport.None);
        (await Hub.GetAgentAsync("c1"))!.Report.Should().BeEquivalentTo(AgentReport.None);
    }

    [Test]
    public async Task Agents_are_listed_by_cluster_id_with_their_current_liveness()
    {
        await HeartbeatAsync("c2");
        Time.Advance(DefaultOptions.HeartbeatTimeout);
        await HeartbeatAsync("c1");
        await HeartbeatAsync("c3");
        Time.Advance(Tick);

        var agents = await Hub.ListAgentsAsync();

        agents.Select(a => (a.ClusterId, a.Online)).Should().Equal(("c1", true), ("c2", false), ("c3", true));
    }
}
