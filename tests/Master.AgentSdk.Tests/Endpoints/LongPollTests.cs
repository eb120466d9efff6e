using System.Diagnostics;
using System.Globalization;
using System.Net;
using Master.AgentSdk.Endpoints;
using Master.AgentSdk.Tests.Support;
using Master.DataHub;
using Master.DataHub.Commands;
using Master.Testing.AgentChannel;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.3 and §8: long-poll delivery over real sockets, with the 2 s poll timeout of §12.</summary>
public sealed class LongPollTests
{
    // P4 with a 2 s timeout: never earlier than 80 % of it minus 100 ms, never later than the timeout plus 1 s.
    private static readonly TimeSpan EarliestEmptyReply = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan LatestEmptyReply = TimeSpan.FromSeconds(3);

    // P1 ("at once") and P3's conformance bound; far below the 1.6 s a poll is held at least.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);

    private AgentChannelServer _server = null!;
    private HttpClient _client = null!;
    private IDataHub _hub = null!;
    private PollWatch _polls = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await AgentSdkServer.StartAsync();
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
    public async Task C40_poll_on_an_empty_queue_answers_no_command_when_the_hold_ends()
    {
        var watch = Stopwatch.StartNew();

        using var response = await _client.SendAsync(AgentHttp.PollFor(AgentHttp.NewClusterId()));

        watch.Stop();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"hasCommand\":false}\n");
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(EarliestEmptyReply).And.BeLessThanOrEqualTo(LatestEmptyReply);
    }

    [Test]
    public async Task C41_queued_command_is_answered_at_once_with_the_members_it_was_enqueued_with()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await _hub.EnqueueAsync(cluster);
        var watch = Stopwatch.StartNew();

        using var response = await _client.SendAsync(AgentHttp.PollFor(cluster));

        watch.Elapsed.Should().BeLessThan(Prompt);
        var json = await response.JsonAsync();
        json.GetProperty("hasCommand").GetBoolean().Should().BeTrue();
        var wire = json.GetProperty("command");
        wire.GetProperty("id").GetString().Should().Be(command.Id);
        wire.GetProperty("clusterId").GetString().Should().Be(cluster);
        wire.GetProperty("action").GetString().Should().Be("scale");
        wire.GetProperty("kind").GetString().Should().Be("Deployment");
        wire.GetProperty("namespace").GetString().Should().Be("shop");
        wire.GetProperty("name").GetString().Should().Be("api");
        wire.GetProperty("params").GetProperty("replicas").GetInt32().Should().Be(3);
        wire.GetProperty("source").GetString().Should().Be("web");
        wire.GetProperty("createdBy").GetString().Should().Be("alice");
        var createdAt = wire.GetProperty("createdAt").GetString()!;
        createdAt.Should().EndWith("Z");
        DateTimeOffset.Parse(createdAt, CultureInfo.InvariantCulture).Should().Be(command.CreatedAt);
        var stored = await _hub.GetCommandAsync(command.Id);
        stored!.Status.Should().Be(CommandStatus.Dispatched);
        stored.DispatchedAt.Should().NotBeNull();
    }

    [Test]
    public async Task C41_empty_optional_members_are_left_out_of_the_reply()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = AgentHttp.NewCommand(cluster, "restart", source: null) with
        {
            Kind = null,
            Namespace = "",
            Name = null,
            Params = System.Text.Json.JsonDocument.Parse("{}").RootElement.Clone(),
            CreatedBy = "",
        };
        await _hub.EnqueueCommandAsync(command);

        using var response = await _client.SendAsync(AgentHttp.PollFor(cluster));

        var wire = (await response.JsonAsync()).GetProperty("command");
        var members = wire.EnumerateObject().Select(member => member.Name).ToList();
        members.Should().Contain(["id", "clusterId", "action", "createdAt"]);
        members.Should().NotContain(["kind", "namespace", "name", "params", "source", "createdBy"]);

        // §4.4 allows members beyond its table (the agent ignores them); expiresAt is the only one Master adds.
        members.Except(["id", "clusterId", "action", "createdAt"]).Should().BeSubsetOf(["expiresAt"]);
    }

    [Test]
    public async Task C42_command_from_ai_is_delivered_on_the_ai_topic_only()
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await _hub.EnqueueAsync(cluster, source: "ai");

        using var ops = await _client.SendAsync(AgentHttp.PollFor(cluster, "ops"));
        using var ai = await _client.SendAsync(AgentHttp.PollFor(cluster, "ai"));

        (await ops.PolledCommandIdAsync()).Should().BeNull();
        (await ai.PolledCommandIdAsync()).Should().Be(command.Id);
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task C43_missing_or_empty_topic_means_ops(string? topic)
    {
        var cluster = AgentHttp.NewClusterId();
        var command = await _hub.EnqueueAsync(cluster, source: "web");

        using var response = await _client.SendAsync(AgentHttp.PollFor(cluster, topic));

        (await response.PolledCommandIdAsync()).Should().Be(command.Id);
    }

    [Test]
    public async Task C44_unknown_topic_is_400_invalid_topic()
    {
        using var response = await _client.SendAsync(AgentHttp.PollFor(AgentHttp.NewClusterId(), "foo"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_topic");
    }

    [Test]
    public async Task C45_command_enqueued_during_the_hold_is_delivered_promptly()
    {
        var cluster = AgentHttp.NewClusterId();
        var held = _polls.Parked;
        var poll = _client.SendAsync(AgentHttp.PollFor(cluster));
        await _polls.WaitForParkedAsync(held + 1);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var sinceEnqueue = Stopwatch.StartNew();

        var command = await _hub.EnqueueAsync(cluster);

        using var response = await poll;
        sinceEnqueue.Elapsed.Should().BeLessThan(Prompt);
        (await response.PolledCommandIdAsync()).Should().Be(command.Id);
    }

    [Test]
    public async Task C46_queued_commands_come_one_per_reply_in_enqueue_order()
    {
        var cluster = AgentHttp.NewClusterId();
        var a = await _hub.EnqueueAsync(cluster, "restart");
        var b = await _hub.EnqueueAsync(cluster, "scale");
        var c = await _hub.EnqueueAsync(cluster, "delete_pod");

        var delivered = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _client.SendAsync(AgentHttp.PollFor(cluster));
            delivered.Add(await response.PolledCommandIdAsync());
        }

        delivered.Should().Equal(a.Id, b.Id, c.Id);
    }

    [Test]
    public async Task C47_of_two_held_polls_exactly_one_gets_the_command_and_the_other_ends_empty_at_the_timeout()
    {
        var cluster = AgentHttp.NewClusterId();
        var held = _polls.Parked;
        var watch = Stopwatch.StartNew();
        var first = _client.SendAsync(AgentHttp.PollFor(cluster));
        var second = _client.SendAsync(AgentHttp.PollFor(cluster));
        await _polls.WaitForParkedAsync(held + 2);

        var command = await _hub.EnqueueAsync(cluster);

        using var one = await first;
        using var other = await second;
        watch.Stop();
        var delivered = new[] { await one.PolledCommandIdAsync(), await other.PolledCommandIdAsync() };
        delivered.Should().ContainSingle(id => id == command.Id);
        delivered.Should().ContainSingle(id => id == null);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(EarliestEmptyReply);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task C50_a_poll_for_another_cluster_gets_nothing(bool headerNamesTheCommandCluster)
    {
        var c1 = AgentHttp.NewClusterId();
        var c2 = AgentHttp.NewClusterId();
        var command = await _hub.EnqueueAsync(c1);

        // With the header too, this also shows that the query parameter wins over X-Cluster-ID (§2.1).
        var header = headerNamesTheCommandCluster ? c1 : null;

        using var response = await _client.SendAsync(AgentHttp.Poll($"?cluster_id={c2}&topic=ops", header));

        (await response.PolledCommandIdAsync()).Should().BeNull();
        (await _hub.GetCommandAsync(command.Id))!.Status.Should().Be(CommandStatus.Pending);
    }

    [TestCase(25, 0.0, 25.0)]
    [TestCase(25, 0.5, 22.5)]
    [TestCase(25, 0.999999, 20.000005)]
    [TestCase(2, 0.999999, 1.6000004)]
    [TestCase(50, 0.999999, 45.000005)]
    public void Hold_is_the_poll_timeout_minus_a_jitter_of_at_most_20_percent_and_at_most_5_s(
        int timeoutSeconds, double random, double expectedSeconds)
    {
        var hold = AgentChannel.HoldFor(TimeSpan.FromSeconds(timeoutSeconds), random);

        hold.TotalSeconds.Should().BeApproximately(expectedSeconds, 1e-6);
    }
}
