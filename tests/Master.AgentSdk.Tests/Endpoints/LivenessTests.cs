using System.Net;
using Master.AgentSdk.Tests.Support;
using Master.DataHub;
using Master.DataHub.Changes;
using Master.Testing.AgentChannel;
using Microsoft.Extensions.DependencyInjection;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.5 and §10: liveness as the agent channel drives it, with a 3 s heartbeat timeout.</summary>
public sealed class LivenessTests
{
    private static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(3);

    // C70: offline no later than 8 s after the last heartbeat (L3: the timeout plus 5 s).
    private static readonly TimeSpan OfflineWithin = TimeSpan.FromSeconds(8);

    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(10);

    private AgentChannelServer _server = null!;
    private HttpClient _client = null!;
    private IDataHub _hub = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await AgentSdkServer.StartAsync(services: s => s.Configure<DataHubOptions>(o => o.HeartbeatTimeout = HeartbeatTimeout));
        _client = _server.Client;
        _hub = _server.Hub();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task C70_silent_agent_goes_offline_after_the_heartbeat_timeout_with_an_offline_change()
    {
        var cluster = AgentHttp.NewClusterId();
        using var within = new CancellationTokenSource(OfflineWithin);
        var changes = _hub.SubscribeAsync(within.Token);

        using var response = await _client.SendAsync(AgentHttp.Heartbeat(cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var offline = await FirstAsync<AgentOffline>(changes, cluster);
        offline.At.Should().BeAfter(offline.LastSeen + HeartbeatTimeout, "an agent is online while within the timeout (L2)");
        (await _hub.GetAgentAsync(cluster))!.Online.Should().BeFalse();
    }

    [Test]
    public async Task C71_one_snapshot_brings_an_offline_agent_back_online_at_once()
    {
        var cluster = await OfflineClusterAsync();
        using var safety = new CancellationTokenSource(SafetyTimeout);
        var changes = _hub.SubscribeAsync(safety.Token);

        using var response = await _client.SendAsync(AgentHttp.Snapshot(
            AgentHttp.Gzip($$"""{"clusterId":"{{cluster}}","fetchedAt":"2025-06-12T14:03:10+08:00"}"""), cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _hub.GetAgentAsync(cluster))!.Online.Should().BeTrue();
        await FirstAsync<AgentOnline>(changes, cluster);
    }

    [Test]
    public async Task C72_polls_and_results_do_not_bring_an_offline_agent_back()
    {
        var cluster = await OfflineClusterAsync();
        var lastSeen = (await _hub.GetAgentAsync(cluster))!.LastSeen;
        var command = await _hub.EnqueueAsync(cluster);
        using var safety = new CancellationTokenSource(SafetyTimeout + AgentSdkServer.PollTimeout);
        var changes = _hub.SubscribeAsync(safety.Token);

        using var poll = await _client.SendAsync(AgentHttp.PollFor(cluster));
        using var result = await _client.SendAsync(AgentHttp.Result(
            $$"""{"commandId":"{{command.Id}}","success":true,"executedAt":"2025-06-12T14:05:41+08:00"}""", clusterId: cluster));
        using var emptyPoll = await _client.SendAsync(AgentHttp.Poll("?topic=ai", cluster));

        (await poll.PolledCommandIdAsync()).Should().Be(command.Id);
        result.StatusCode.Should().Be(HttpStatusCode.OK);
        (await emptyPoll.PolledCommandIdAsync()).Should().BeNull();
        var agent = (await _hub.GetAgentAsync(cluster))!;
        agent.Online.Should().BeFalse();
        agent.LastSeen.Should().Be(lastSeen);

        // The feed is in publication order: every change up to this marker was published before it.
        var marker = await _hub.EnqueueAsync(AgentHttp.NewClusterId());
        var published = await UntilAsync(changes, change => change is CommandUpdated updated && updated.Command.Id == marker.Id);
        published.OfType<AgentOnline>().Should().NotContain(change => change.ClusterId == cluster);
    }

    /// <summary>Registers a cluster with a heartbeat and waits for the hub to announce it offline.</summary>
    private async Task<string> OfflineClusterAsync()
    {
        var cluster = AgentHttp.NewClusterId();
        using var within = new CancellationTokenSource(OfflineWithin);
        var changes = _hub.SubscribeAsync(within.Token);
        using var response = await _client.SendAsync(AgentHttp.Heartbeat(cluster));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await FirstAsync<AgentOffline>(changes, cluster);
        return cluster;
    }

    private static async Task<T> FirstAsync<T>(IAsyncEnumerable<Change> changes, string cluster)
        where T : Change
    {
        var seen = await UntilAsync(changes, change => change is T && change.ClusterId == cluster);
        return (T)seen[^1];
    }

    /// <summary>Reads the feed up to and including the first change that matches; fails when the feed's token fires first.</summary>
    private static async Task<List<Change>> UntilAsync(IAsyncEnumerable<Change> changes, Func<Change, bool> match)
    {
        var seen = new List<Change>();
        try
        {
            await foreach (var change in changes)
            {
                seen.Add(change);
                if (match(change))
                {
                    return seen;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        Assert.Fail($"The change did not come in time; saw {seen.Count} others.");
        return seen;
    }
}
