using System.Text.Json;
using Master.DataHub.Agents;
using Master.DataHub.Changes;
using Master.DataHub.Commands;
using Master.DataHub.Snapshots;
using Master.Testing.DataHub;
using Master.Testing.Snapshots;

namespace Master.DataHub.Redis.Tests;

/// <summary>What two Master instances sharing one Redis see of each other's work.</summary>
[TestFixture]
public sealed class SharedHubTests : SharedHubFixture
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(25);

    [Test]
    public async Task Snapshot_stored_by_one_instance_reads_back_whole_on_the_other()
    {
        var snapshot = SnapshotJson.Deserialize(SnapshotFixtureBuilder.Create("c1", pods: 60, nodes: 3, otel: true).ToJson());

        var stored = await A.SetSnapshotAsync("c1", snapshot, "hash-1");
        var read = await B.GetSnapshotAsync("c1");

        read.Should().NotBeNull();
        read!.Version.Should().Be(1);
        read.ReceivedAt.Should().Be(stored.ReceivedAt);
        read.ContentHash.Should().Be("hash-1");
        SnapshotJson.Serialize(read.Snapshot).Should().Equal(SnapshotJson.Serialize(snapshot));
        (await B.GetSnapshotHashAsync("c1")).Should().Be("hash-1");
    }

    [Test]
    public async Task Other_instance_decodes_a_snapshot_once_and_again_only_when_its_version_changes()
    {
        await A.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "h1");

        var first = await B.GetSnapshotAsync("c1");
        var again = await B.GetSnapshotAsync("c1");
        await using var changes = new ChangeRecorder(B);
        await A.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "h2");
        (await changes.NextAsync<SnapshotUpdated>()).Version.Should().Be(2);
        var changed = await B.GetSnapshotAsync("c1");

        again.Should().BeSameAs(first, "an unchanged version is served from the instance's cache");
        changed!.Version.Should().Be(2);
        changed.ContentHash.Should().Be("h2");
        changed.Should().NotBeSameAs(first);
    }

    [Test]
    public async Task Removed_cluster_is_gone_for_the_other_instance_too()
    {
        await A.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "h1");
        (await B.GetSnapshotAsync("c1")).Should().NotBeNull();
        await using var changes = new ChangeRecorder(B);

        (await A.RemoveClusterAsync("c1")).Should().BeTrue();
        await changes.NextAsync<ClusterRemoved>();

        (await B.GetSnapshotAsync("c1")).Should().BeNull();
        (await B.GetSnapshotHashAsync("c1")).Should().BeNull();
    }

    [Test]
    public async Task Changes_made_on_one_instance_reach_the_others_subscribers_in_order()
    {
        await using var changes = new ChangeRecorder(B);

        await A.SetSnapshotAsync("c1", new ClusterSnapshot { ClusterId = "c1" }, "h1");
        await A.RecordContactAsync("c1", AgentContact.Snapshot, AgentReport.None);
        var command = await A.EnqueueCommandAsync(NewCommand());
        await A.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        await A.CompleteCommandAsync(Result(command.Id));

        (await changes.NextAsync<SnapshotUpdated>()).Version.Should().Be(1);
        await changes.NextAsync<AgentOnline>();
        (await changes.NextAsync<CommandUpdated>()).Command.Should().BeEquivalentTo(command, options => options.ComparingByMembers<JsonElement>());
        (await changes.NextAsync<CommandUpdated>()).Command.Status.Should().Be(CommandStatus.Dispatched);
        var finished = (await changes.NextAsync<CommandUpdated>()).Command;
        finished.Status.Should().Be(CommandStatus.Succeeded);
        finished.Result.Should().Be(Result(command.Id));
    }

    [Test]
    public async Task Command_submitted_on_one_instance_is_delivered_to_a_poll_held_on_the_other()
    {
        var held = B.WaitCommandAsync("c1", CommandTopic.Ops, Hold).AsTask();
        held.IsCompleted.Should().BeFalse();

        var command = await A.EnqueueCommandAsync(NewCommand());

        var delivered = await held.WaitAsync(ChangeRecorder.SafetyTimeout);
        delivered!.Id.Should().Be(command.Id);
        delivered.Status.Should().Be(CommandStatus.Dispatched);
        delivered.Params!.Value.GetProperty("replicas").GetInt32().Should().Be(3);
        (await A.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Dispatched);
    }

    [Test]
    public async Task Result_posted_on_one_instance_is_visible_on_the_other()
    {
        var command = await A.EnqueueCommandAsync(NewCommand());
        await B.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);

        (await A.CompleteCommandAsync(Result(command.Id))).Should().Be(ResultOutcome.Recorded);

        var seen = await B.GetCommandAsync(command.Id);
        seen!.Status.Should().Be(CommandStatus.Succeeded);
        seen.Result!.Output.Should().Be("scaled");
        (await B.CompleteCommandAsync(Result(command.Id, success: false))).Should().Be(ResultOutcome.Duplicate,
            "the first result wins across instances");
    }

    [Test]
    public async Task One_command_and_polls_held_on_both_instances_deliver_it_exactly_once()
    {
        var onA = A.WaitCommandAsync("c1", CommandTopic.Ops, Hold).AsTask();
        var onB = B.WaitCommandAsync("c1", CommandTopic.Ops, Hold).AsTask();

        await A.EnqueueCommandAsync(NewCommand());
        var first = await Task.WhenAny(onA, onB).WaitAsync(ChangeRecorder.SafetyTimeout);
        Time.Advance(Hold);
        var answers = await Task.WhenAll(onA, onB).WaitAsync(ChangeRecorder.SafetyTimeout);

        (await first).Should().NotBeNull();
        answers.Count(answer => answer is not null).Should().Be(1);
    }

    [Test]
    public async Task Queued_command_survives_the_instance_that_took_it_in_crashing()
    {
        var crashing = await CreateInstanceAsync();
        var command = await crashing.EnqueueCommandAsync(NewCommand());
#pragma warning disable VSTHRD103 // A crash: the connection drops without a graceful stop.
        crashing.Dispose();
#pragma warning restore VSTHRD103

        var delivered = await B.WaitCommandAsync("c1", CommandTopic.Ops, Hold).AsTask().WaitAsync(ChangeRecorder.SafetyTimeout);

        delivered!.Id.Should().Be(command.Id);
    }

    [Test]
    public async Task Agent_going_offline_is_announced_once_when_both_instances_sweep()
    {
        await A.RecordContactAsync("c1", AgentContact.Heartbeat, AgentReport.None);
        Time.Advance(Options.HeartbeatTimeout + TimeSpan.FromSeconds(1));

        var sweeps = await Task.WhenAll(A.SweepOfflineAgentsAsync().AsTask(), B.SweepOfflineAgentsAsync().AsTask());

        sweeps.SelectMany(offline => offline).Should().ContainSingle().Which.ClusterId.Should().Be("c1");
        (await B.GetAgentAsync("c1"))!.Online.Should().BeFalse();
    }

    [Test]
    public async Task Heartbeat_through_one_instance_keeps_the_agent_online_for_the_other()
    {
        await A.RecordContactAsync("c1", AgentContact.Heartbeat, new AgentReport("2.1.0", null, null));
        Time.Advance(TimeSpan.FromSeconds(30));
        await B.RecordContactAsync("c1", AgentContact.Heartbeat, new AgentReport("2.1.0", null, null));
        Time.Advance(TimeSpan.FromSeconds(30));

        (await A.SweepOfflineAgentsAsync()).Should().BeEmpty();
        var agent = (await A.ListAgentsAsync()).Should().ContainSingle().Subject;
        agent.Online.Should().BeTrue();
        agent.Report.AgentVersion.Should().Be("2.1.0");
    }

    [Test]
    public async Task Lease_is_held_by_one_instance_until_it_lapses()
    {
        var duration = TimeSpan.FromSeconds(10);

        (await A.TryAcquireLeaseAsync("cleanup", duration)).Should().BeTrue();
        (await B.TryAcquireLeaseAsync("cleanup", duration)).Should().BeFalse();
        (await B.TryAcquireLeaseAsync("retention", duration)).Should().BeTrue("leases are per name");
        Time.Advance(TimeSpan.FromSeconds(9));
        (await A.TryAcquireLeaseAsync("cleanup", duration)).Should().BeTrue("the holder renews it");
        Time.Advance(TimeSpan.FromSeconds(9));
        (await B.TryAcquireLeaseAsync("cleanup", duration)).Should().BeFalse("the renewal runs until 19 s");
        Time.Advance(TimeSpan.FromSeconds(2));
        (await B.TryAcquireLeaseAsync("cleanup", duration)).Should().BeTrue("a lapsed lease goes to whoever asks");
        (await A.TryAcquireLeaseAsync("cleanup", duration)).Should().BeFalse();
    }

    [Test]
    public async Task Deadline_is_enforced_once_when_both_instances_run_their_sweep()
    {
        await A.StartAsync();
        await B.StartAsync();
        await using var changes = new ChangeRecorder(B);
        var command = await A.EnqueueCommandAsync(NewCommand() with { ExpiresAt = Time.GetUtcNow() + TimeSpan.FromSeconds(5) });
        (await changes.NextAsync<CommandUpdated>()).Command.Status.Should().Be(CommandStatus.Pending);

        for (var second = 0; second < 6; second++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        (await changes.NextAsync<CommandUpdated>()).Command.Status.Should().Be(CommandStatus.Expired);
        (await B.GetCommandAsync(command.Id))!.Revision.Should().Be(2, "one transition, not one per instance");
    }
}
