using System.Net;
using Master.AgentSdk.Tests.Support;
using Master.DataHub;
using Master.DataHub.Commands;
using Master.Testing.AgentChannel;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>
/// agent-protocol.md §12.4 C67–C69 and §11.3: deadlines and cancellation as the agent sees them. Expiry and result
/// timeout are per command, set when it is enqueued (what <c>MASTER_COMMAND_EXPIRY</c> and
/// <c>MASTER_COMMAND_RESULT_TIMEOUT</c> turn into); here they are 1 s.
/// </summary>
public sealed class CommandLifecycleTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    // §11.3: deadlines are enforced within 5 s of passing.
    private static readonly TimeSpan Enforcement = TimeSpan.FromSeconds(5);

    private AgentChannelServer _server = null!;
    private HttpClient _client = null!;
    private IDataHub _hub = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await AgentSdkServer.StartAsync();
        _client = _server.Client;
        _hub = _server.Hub();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task C67_pending_command_past_its_expiry_becomes_expired_and_is_never_delivered()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await _hub.EnqueueCommandAsync(AgentHttp.NewCommand(cluster) with { ExpiresAt = DateTimeOffset.UtcNow + Deadline });

        await WaitForStatusAsync(command.Id, CommandStatus.Expired, command.ExpiresAt + Enforcement);

        using var poll = await _client.SendAsync(AgentHttp.PollFor(cluster));
        (await poll.PolledCommandIdAsync()).Should().BeNull();
        (await _hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Expired);
    }

    [Test]
    public async Task C68_dispatched_command_without_a_result_times_out_and_a_late_result_changes_nothing()
    {
        var cluster = AgentHttp.NewClusterId();
        await _hub.EnqueueCommandAsync(AgentHttp.NewCommand(cluster) with { ResultTimeout = Deadline });
        using var poll = await _client.SendAsync(AgentHttp.PollFor(cluster));
        var commandId = (await poll.PolledCommandIdAsync())!;
        var dispatchedAt = (await _hub.GetCommandAsync(commandId))!.DispatchedAt!.Value;

        await WaitForStatusAsync(commandId, CommandStatus.Timeout, dispatchedAt + Deadline + Enforcement);

        using var late = await _client.SendAsync(AgentHttp.Result(
            $$"""{"commandId":"{{commandId}}","success":true,"executedAt":"2025-06-12T14:05:41+08:00"}"""));
        late.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await _hub.GetCommandAsync(commandId))!;
        stored.Status.Should().Be(CommandStatus.Timeout);
        stored.Result.Should().BeNull();
    }

    [Test]
    public async Task C69_cancelled_pending_command_is_never_delivered()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await _hub.EnqueueAsync(cluster);

        (await _hub.CancelCommandAsync(command.Id)).Should().Be(CancelOutcome.Cancelled);

        (await _hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Cancelled);
        using var poll = await _client.SendAsync(AgentHttp.PollFor(cluster));
        (await poll.PolledCommandIdAsync()).Should().BeNull();
        (await _hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Cancelled);
    }

    private async Task WaitForStatusAsync(string commandId, CommandStatus status, DateTimeOffset deadline)
    {
        CommandStatus? current;
        while ((current = (await _hub.GetCommandAsync(commandId))?.Status) != status)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Command {commandId} is still {current}, not {status}, {Enforcement.TotalSeconds} s after its deadline.");
            }

            await Task.Delay(50);
        }
    }
}
