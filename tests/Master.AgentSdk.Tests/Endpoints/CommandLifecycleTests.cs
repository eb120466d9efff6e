using System.Net;
using Master.AgentSdk.Tests.Support;
using Master.DataHub.Commands;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>
/// agent-protocol.md §12.4 C67–C69 and §11.3: deadlines and cancellation as the agent sees them. Expiry and result
/// timeout are per command, set when it is enqueued (what <c>MASTER_COMMAND_EXPIRY</c> and
/// <c>MASTER_COMMAND_RESULT_TIMEOUT</c> turn into); here they are 1 s.
/// </summary>
public sealed class CommandLifecycleTests : AgentChannelFixture
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    // §11.3: deadlines are enforced within 5 s of passing.
    private static readonly TimeSpan Enforcement = TimeSpan.FromSeconds(5);

    [Test]
    public async Task C67_pending_command_past_its_expiry_becomes_expired_and_is_never_delivered()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await Hub.EnqueueCommandAsync(AgentHttp.NewCommand(cluster) with { ExpiresAt = DateTimeOffset.UtcNow + Deadline });

        await WaitForStatusAsync(command.Id, CommandStatus.Expired, command.ExpiresAt + Enforcement);

        using var poll = await Client.SendAsync(AgentHttp.PollFor(cluster));
        (await poll.PolledCommandIdAsync()).Should().BeNull();
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Expired);
    }

    [Test]
    public async Task C68_dispatched_command_without_a_result_times_out_and_a_late_result_changes_nothing()
    {
        var cluster = AgentHttp.NewClusterId();
        await Hub.EnqueueCommandAsync(AgentHttp.NewCommand(cluster) with { ResultTimeout = Deadline });
        using var poll = await Client.SendAsync(AgentHttp.PollFor(cluster));
        var commandId = (await poll.PolledCommandIdAsync())!;
        var dispatchedAt = (await Hub.GetCommandAsync(commandId))!.DispatchedAt!.Value;

        await WaitForStatusAsync(commandId, CommandStatus.Timeout, dispatchedAt + Deadline + Enforcement);

        using var late = await Client.SendAsync(AgentHttp.Result(
            $$"""{"commandId":"{{commandId}}","success":true,"executedAt":"2025-06-12T14:05:41+08:00"}"""));
        late.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await Hub.GetCommandAsync(commandId))!;
        stored.Status.Should().Be(CommandStatus.Timeout);
        stored.Result.Should().BeNull();
    }

    [Test]
    public async Task C69_cancelled_pending_command_is_never_delivered()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await Hub.EnqueueAsync(cluster);

        (await Hub.CancelCommandAsync(command.Id)).Should().Be(CancelOutcome.Cancelled);

        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Cancelled);
        using var poll = await Client.SendAsync(AgentHttp.PollFor(cluster));
        (await poll.PolledCommandIdAsync()).Should().BeNull();
        (await Hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Cancelled);
    }

    private async Task WaitForStatusAsync(string commandId, CommandStatus status, DateTimeOffset deadline)
    {
        CommandStatus? current;
        while ((current = (await Hub.GetCommandAsync(commandId))?.Status) != status)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Command {commandId} is still {current}, not {status}, {Enforcement.TotalSeconds} s after its deadline.");
            }

            await Task.Delay(50);
        }
    }
}
