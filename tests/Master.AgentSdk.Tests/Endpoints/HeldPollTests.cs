using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Master.AgentSdk.Tests.Support;
using Master.DataHub;
using Master.DataHub.Commands;
using Master.Testing.AgentChannel;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>
/// agent-protocol.md §8.2 P7/P8 and §8.4 D2: held polls and taken commands when the agent or Master goes away. The
/// poll timeout here is 20 s, so a hold held at least 16 s: whatever ends a poll within the 10 s a test waits is the
/// event under test, never the timeout.
/// </summary>
public sealed class HeldPollTests
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(10);

    // Far more than a connection can absorb while the agent reads nothing: the client's receive buffer is a few KiB,
    // the server's socket send buffer is at most a few MiB (Linux tcp_wmem tops out at 4 MiB by default) and Kestrel
    // buffers 64 KiB. So a reply this large cannot be completely written until the agent reads it.
    private const int UnwritableReplyBytes = 32 * 1024 * 1024;

    private AgentChannelServer _server = null!;
    private HttpClient _client = null!;
    private IDataHub _hub = null!;
    private PollWatch _polls = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await StartLongPollServerAsync();
        _client = _server.Client;
        _hub = _server.Hub();
        _polls = _server.WatchPolls();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _polls.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Held_poll_is_released_when_the_agent_disconnects()
    {
        var cluster = AgentHttp.NewClusterId();
        var held = _polls.Parked;
        using var disconnect = new CancellationTokenSource();
        var poll = _client.SendAsync(AgentHttp.PollFor(cluster), disconnect.Token);
        await _polls.WaitForParkedAsync(held + 1);

        await disconnect.CancelAsync();

        var cancelled = false;
        try
        {
            (await poll).Dispose();
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        cancelled.Should().BeTrue();
        await _polls.WaitForParkedAsync(held);
        var command = await _hub.EnqueueAsync(cluster);
        (await _hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Pending, "no hold was left behind to take it");
    }

    [Test]
    public async Task C48_command_enqueued_after_the_agent_aborted_its_poll_goes_to_the_next_poll()
    {
        var cluster = AgentHttp.NewClusterId();
        var held = _polls.Parked;
        using var disconnect = new CancellationTokenSource();
        var aborted = _client.SendAsync(AgentHttp.PollFor(cluster), disconnect.Token);
        await _polls.WaitForParkedAsync(held + 1);
        await disconnect.CancelAsync();
        try
        {
            (await aborted).Dispose();
        }
        catch (OperationCanceledException)
        {
        }

        await _polls.WaitForParkedAsync(held);
        var command = await _hub.EnqueueAsync(cluster);

        using var next = await _client.SendAsync(AgentHttp.PollFor(cluster));

        (await next.PolledCommandIdAsync()).Should().Be(command.Id);
    }

    /// <remarks>
    /// The write is made to fail for certain rather than by racing a disconnect against it: the agent's socket offers
    /// a tiny receive window and never reads, and the command carries a reply far larger than what the connection can
    /// absorb (see <see cref="UnwritableReplyBytes"/>). Once the hub shows the command dispatched, its reply is stuck
    /// in Kestrel waiting for the window to open, so it cannot have reached the agent; the agent then resets the
    /// connection, which fails that pending write. No step depends on timing.
    /// </remarks>
    [Test]
    public async Task D2_command_whose_reply_cannot_be_written_goes_back_to_the_head_of_its_queue()
    {
        var cluster = AgentHttp.NewClusterId();
        var held = _polls.Parked;
        using var agent = await RawHttp.ConnectAsync(_server.Port, receiveBufferSize: 4096);
        await RawHttp.SendAsync(agent, $"GET /agent/commands?cluster_id={cluster}&topic=ops HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        await _polls.WaitForParkedAsync(held + 1);
        var taken = await _hub.EnqueueCommandAsync(AgentHttp.NewCommand(cluster, "apply") with { Params = LargeParams() });
        await WaitForStatusAsync(taken.Id, CommandStatus.Dispatched);
        var later = await _hub.EnqueueAsync(cluster);

        RawHttp.Reset(agent);

        await WaitForStatusAsync(taken.Id, CommandStatus.Pending);
        (await _hub.GetCommandAsync(taken.Id))!.DispatchedAt.Should().BeNull();
        using var first = await _client.SendAsync(AgentHttp.PollFor(cluster));
        using var second = await _client.SendAsync(AgentHttp.PollFor(cluster));
        (await first.PolledCommandIdAsync()).Should().Be(taken.Id, "the command went back to the head, before the later one");
        (await second.PolledCommandIdAsync()).Should().Be(later.Id);
    }

    [Test]
    public async Task C49_held_poll_is_answered_no_command_on_graceful_shutdown_before_the_listener_closes()
    {
        var server = await StartLongPollServerAsync();
        await using var _ = server;
        using var polls = server.WatchPolls();
        var poll = server.Client.SendAsync(AgentHttp.PollFor(AgentHttp.NewClusterId()));
        await polls.WaitForParkedAsync(1);
        var sinceStop = Stopwatch.StartNew();

        var stopping = server.StopAsync();

        using var response = await poll;
        sinceStop.Stop();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"hasCommand\":false}\n");
        sinceStop.Elapsed.Should().BeLessThan(SafetyTimeout, "the shutdown answered the poll, not its 20 s hold");
        await stopping;
        using var afterStop = server.CreateClient();
        await FluentActions.Awaiting(() => afterStop.GetAsync("/health")).Should().ThrowAsync<HttpRequestException>();
    }

    private static Task<AgentChannelServer> StartLongPollServerAsync() =>
        AgentSdkServer.StartAsync(settings => settings["Master:AgentSdk:CommandPollTimeout"] = "00:00:20");

    private static JsonElement LargeParams()
    {
        using var document = JsonDocument.Parse($$"""{"manifest":"{{new string('x', UnwritableReplyBytes)}}"}""");
        return document.RootElement.Clone();
    }

    private async Task WaitForStatusAsync(string commandId, CommandStatus status)
    {
        var deadline = DateTime.UtcNow + SafetyTimeout;
        CommandStatus? current;
        while ((current = (await _hub.GetCommandAsync(commandId))?.Status) != status)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Command {commandId} is {current}, not {status}, after {SafetyTimeout.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }
    }
}
