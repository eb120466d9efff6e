using System.Net;
using Master.AgentSdk.Tests.Support;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.1: transport and identity.</summary>
public sealed class TransportTests : AgentChannelFixture
{
    [Test]
    public async Task C01_health_answers_ok_as_plain_text()
    {
        using var response = await Client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("ok");
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
    }

    [Test]
    public async Task Health_answers_head_without_a_body_and_refuses_post_with_allow_header()
    {
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));
        using var post = await Client.PostAsync("/health", null);

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        post.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        post.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
        (await post.ErrorCodeAsync()).Should().Be("method_not_allowed");
    }

    [Test]
    public async Task C02_get_on_snapshot_is_405_with_allow_post()
    {
        using var response = await Client.GetAsync("/agent/snapshot");

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("POST");
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        (await response.ErrorCodeAsync()).Should().Be("method_not_allowed");
    }

    [Test]
    public async Task C03_post_on_commands_is_405_with_allow_get()
    {
        using var response = await Client.PostAsync("/agent/commands?cluster_id=c1", null);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET");
    }

    [TestCase("/agent/nope")]
    [TestCase("/agent/snapshot/")]
    [TestCase("/Agent/Snapshot")]
    [TestCase("/agent/log")]
    [TestCase("/")]
    [TestCase("/index.html")]
    public async Task C04_unknown_paths_are_404_not_found(string path)
    {
        using var response = await Client.PostAsync(path, null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ErrorCodeAsync()).Should().Be("not_found");
        (await response.Content.ReadAsStringAsync()).Should().EndWith("}\n");
    }

    [Test]
    public async Task C05_heartbeat_with_empty_body_registers_the_cluster_online()
    {
        var cluster = AgentHttp.NewClusterId();
        var before = DateTimeOffset.UtcNow;

        using var response = await Client.SendAsync(AgentHttp.Heartbeat(cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}\n");
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var agent = await Hub.GetAgentAsync(cluster);
        agent!.Online.Should().BeTrue();
        agent.LastHeartbeat.Should().BeCloseTo(before, TimeSpan.FromSeconds(5));
        (await Hub.GetSnapshotAsync(cluster)).Should().BeNull();
    }

    [Test]
    public async Task C06_heartbeat_without_cluster_header_is_400_and_registers_nothing()
    {
        var agentsBefore = (await Hub.ListAgentsAsync()).Count;

        using var response = await Client.SendAsync(AgentHttp.Heartbeat(null));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("cluster_id_required");
        (await Hub.ListAgentsAsync()).Count.Should().Be(agentsBefore);
    }

    [Test]
    public async Task C07_heartbeat_body_is_ignored()
    {
        var request = AgentHttp.Heartbeat(AgentHttp.NewClusterId());
        request.Content = new StringContent("not json");

        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task C08_heartbeat_cluster_id_is_trimmed()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Heartbeat("  " + cluster + "  "));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetAgentAsync(cluster)).Should().NotBeNull();
    }

    [TestCase(257, null)]
    [TestCase(0, "bad\u0007id")]
    public async Task C09_overlong_or_control_character_ids_are_400_invalid_cluster_id(int length, string? id)
    {
        using var response = await Client.SendAsync(AgentHttp.Heartbeat(id ?? new string('a', length)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_cluster_id");
    }

    [Test]
    public async Task C10_poll_without_any_cluster_id_is_400()
    {
        using var response = await Client.SendAsync(AgentHttp.Poll("?topic=ops"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("cluster_id_required");
    }

    [Test]
    public async Task C11_poll_takes_the_cluster_from_the_header_when_the_query_has_none()
    {
        using var response = await Client.SendAsync(AgentHttp.Poll("?topic=ops", AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"hasCommand\":false}\n");
    }

    [Test]
    public async Task Unsafe_cluster_id_is_accepted_and_warned_about_once()
    {
        var cluster = AgentHttp.NewClusterId() + "&x=1";

        using var first = await Client.SendAsync(AgentHttp.Heartbeat(cluster));
        using var second = await Client.SendAsync(AgentHttp.Heartbeat(cluster));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.Logs().GetSnapshot().Count(r => r.Id.Id == 1021 && r.Message.Contains(cluster, StringComparison.Ordinal)).Should().Be(1);
    }
}
