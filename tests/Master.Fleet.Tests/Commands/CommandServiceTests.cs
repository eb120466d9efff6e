using System.Data.Common;
using System.Text.Json;
using Master.DataHub.Commands;
using Master.Fleet.Commands;
using Master.Fleet.Tests.Support;
using Master.Testing.Waiting;

namespace Master.Fleet.Tests.Commands;

/// <summary>The command service over a real store and the real memory hub: durable before queued, and kept through outages.</summary>
public sealed class CommandServiceTests
{
    private static readonly JsonElement Replicas = JsonSerializer.Deserialize<JsonElement>("""{"replicas": 3}""");

    [Test]
    public async Task A_submission_is_in_the_history_before_it_is_queued_with_the_configured_deadlines()
    {
        await using var database = ScratchDatabase.Sqlite();
        var settings = new Dictionary<string, string?>
        {
            ["Master:Fleet:CommandExpiry"] = "00:03:00",
            ["Master:Fleet:CommandResultTimeout"] = "00:00:45",
        };
        await using var fleet = await FleetHarness.StartAsync(database, settings);
        await fleet.HeartbeatAsync("c1");
        await using var changes = new Master.Testing.DataHub.ChangeRecorder(fleet.Hub);

        var submission = await fleet.Commands.SubmitAsync(Scale("c1"));

        submission.Accepted.Should().BeTrue();
        var command = submission.Commands.Single();
        var queued = (await changes.NextAsync<Master.DataHub.Changes.CommandUpdated>()).Command;
        queued.Should().Be(command);
        var stored = await fleet.CommandHistory.GetAsync(command.Id);
        stored!.Status.Should().Be("pending");
        stored.Revision.Should().Be(1);
        stored.ExpiresAt.Should().Be(FleetHarness.Start.AddMinutes(3));
        stored.ResultTimeout.Should().Be(TimeSpan.FromSeconds(45));
        stored.Params.Should().Be("""{"replicas": 3}""");
        stored.CreatedBy.Should().Be("alice");
        stored.Source.Should().Be("web");
        stored.Topic.Should().Be("ops");
    }

    [Test]
    public async Task A_submission_the_store_refuses_queues_nothing()
    {
        await using var database = await ScratchDatabase.PostgresAsync();
        await using var fleet = await FleetHarness.StartAsync(database);
        await fleet.HeartbeatAsync("c1");

        await database.TakeOfflineAsync();
        var submit = async () => await fleet.Commands.SubmitAsync(Scale("c1"));

        await submit.Should().ThrowAsync<DbException>();
        (await fleet.Hub.ListCommandsAsync()).Should().BeEmpty("nothing the operator was not told is accepted may run");
    }

    [Test]
    public async Task A_result_recorded_while_the_store_is_down_reaches_the_history_once_it_is_back()
    {
        await using var database = await ScratchDatabase.PostgresAsync();
        await using var fleet = await FleetHarness.StartAsync(database);
        await fleet.HeartbeatAsync("c1");
        var command = (await fleet.Commands.SubmitAsync(Scale("c1"))).Commands.Single();
        var taken = await fleet.Hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.Zero);
        await Eventually.TrueAsync(async () => (await fleet.CommandHistory.GetAsync(command.Id))?.Status == "dispatched");

        await database.TakeOfflineAsync();
        await fleet.Hub.CompleteCommandAsync(new CommandResult(command.Id, true, "scaled", null, 1_000, null, fleet.Time.GetUtcNow()));
        var recorded = fleet.Commands.WaitRecordedAsync((await fleet.Hub.GetCommandAsync(command.Id))!);
        fleet.Time.Advance(TimeSpan.FromSeconds(5)); // the bounded wait gives up; the write goes on
        await recorded.WaitAsync(TimeSpan.FromSeconds(10));
        await database.BringOnlineAsync();

        var stored = await Eventually.ValueAsync(async () =>
        {
            fleet.Time.Advance(TimeSpan.FromSeconds(5)); // the writer's retry delay
            var record = await fleet.CommandHistory.GetAsync(command.Id);
            return record?.Status == "succeeded" ? record : null;
        });
        taken.Should().NotBeNull();
        stored!.Result!.Output.Should().Be("scaled");
    }

    [Test]
    public async Task Waiting_for_a_state_that_is_written_already_returns_at_once()
    {
        await using var database = ScratchDatabase.Sqlite();
        await using var fleet = await FleetHarness.StartAsync(database);
        await fleet.HeartbeatAsync("c1");
        var command = (await fleet.Commands.SubmitAsync(Scale("c1"))).Commands.Single();

        await fleet.Commands.WaitRecordedAsync(command).WaitAsync(TimeSpan.FromSeconds(10));

        (await fleet.CommandHistory.GetAsync(command.Id))!.Revision.Should().Be(1);
    }

    private static CommandRequest Scale(string cluster) =>
        new([cluster], "scale", "Deployment", "shop", "api", Replicas, "web", "alice");
}
