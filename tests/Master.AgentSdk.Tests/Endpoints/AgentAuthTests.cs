using System.Net;
using Master.AgentSdk.Auth;
using Master.AgentSdk.Tests.Support;
using Master.DataHub;
using Master.Testing.AgentChannel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.6 C80–C88 and §11.1: bearer tokens on the agent channel.</summary>
public sealed class AgentAuthTests
{
    private const string OwnToken = "t1-0123456789abcdef";
    private const string OtherOwnToken = "t0-0123456789abcdef";
    private const string SharedToken = "ts-0123456789abcdef";

    // c1 and c0 have tokens of their own (c0 only ever fails, so it stays unregistered); other clusters take the shared one.
    private readonly string _c1 = AgentHttp.NewClusterId();
    private readonly string _c0 = AgentHttp.NewClusterId();

    private AgentChannelServer _server = null!;
    private HttpClient _client = null!;
    private IDataHub _hub = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await AgentSdkServer.StartAsync(settings =>
        {
            settings["Master:AgentSdk:AgentAuth"] = "Token";
            settings["Master:AgentSdk:AgentTokens"] = $"{_c1}={OwnToken}, {_c0}={OtherOwnToken}, *={SharedToken}";
        });
        _client = _server.Client;
        _hub = _server.Hub();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task C80_heartbeat_without_a_token_is_401_with_a_security_event_and_registers_nothing()
    {
        using var response = await _client.SendAsync(AgentHttp.Heartbeat(_c0));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer realm=\"master-agent\"");
        (await response.ErrorCodeAsync()).Should().Be("unauthenticated");
        (await _hub.GetAgentAsync(_c0)).Should().BeNull();
        var securityEvent = AuthFailures(_c0).Should().ContainSingle().Which;
        securityEvent.Level.Should().Be(LogLevel.Warning);
        securityEvent.Message.Should().StartWith("agent_auth_failed");
        securityEvent.StructuredState.Should().Contain(new KeyValuePair<string, string?>("Reason", "missing_token"))
            .And.Contain(new KeyValuePair<string, string?>("Path", "/agent/heartbeat"))
            .And.Contain(new KeyValuePair<string, string?>("RemoteAddress", "127.0.0.1"));
    }

    [TestCase("Bearer")]
    [TestCase("bearer")]
    public async Task C81_heartbeat_with_the_clusters_own_token_is_accepted_whatever_the_scheme_case(string scheme)
    {
        using var response = await _client.SendAsync(AgentHttp.Heartbeat(_c1, $"{scheme} {OwnToken}"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _hub.GetAgentAsync(_c1)).Should().NotBeNull();
    }

    [Test]
    public async Task C82_the_shared_token_is_refused_for_a_cluster_with_its_own()
    {
        using var response = await _client.SendAsync(AgentHttp.Heartbeat(_c1, $"Bearer {SharedToken}"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        AuthFailures(_c1).Should().Contain(record =>
            record.StructuredState!.Contains(new KeyValuePair<string, string?>("Reason", AgentAuthenticator.NotValidForCluster)));
    }

    [Test]
    public async Task C83_the_shared_token_is_accepted_for_a_cluster_without_its_own()
    {
        var c9 = AgentHttp.NewClusterId();

        using var response = await _client.SendAsync(AgentHttp.Heartbeat(c9, $"Bearer {SharedToken}"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task C84_another_clusters_own_token_is_refused()
    {
        var c9 = AgentHttp.NewClusterId();

        using var response = await _client.SendAsync(AgentHttp.Heartbeat(c9, $"Bearer {OwnToken}"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _hub.GetAgentAsync(c9)).Should().BeNull();
    }

    [Test]
    public async Task C85_poll_with_neither_token_nor_cluster_id_is_401_because_auth_comes_first()
    {
        using var response = await _client.SendAsync(AgentHttp.Poll("?topic=ops"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.ErrorCodeAsync()).Should().Be("unauthenticated");
    }

    [Test]
    public async Task C86_health_needs_no_token()
    {
        using var response = await _client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task C87_repeated_failures_from_one_address_are_one_security_event_with_a_count()
    {
        var claimed = AgentHttp.NewClusterId();

        for (var i = 0; i < 20; i++)
        {
            using var response = await _client.SendAsync(AgentHttp.Heartbeat(claimed, "Bearer wrong-0123456789abcdef"));
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        AuthFailures(claimed).Should().ContainSingle("later failures within the minute are counted, not logged");
        var coalesced = _server.GetRequiredService<AgentAuthFailureCoalescer>().Recent()
            .Should().ContainSingle(e => e.ClaimedClusterId == claimed).Which;
        coalesced.Count.Should().Be(20);
        coalesced.Reason.Should().Be(AgentAuthenticator.UnknownToken);
        coalesced.TokenFingerprint.Should().MatchRegex("^[0-9a-f]{8}$");
    }

    [Test]
    public async Task C88_with_auth_off_an_authorization_header_is_ignored()
    {
        await using var server = await AgentSdkServer.StartAsync();

        using var response = await server.Client.SendAsync(AgentHttp.Heartbeat(AgentHttp.NewClusterId(), "Bearer garbage"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private List<FakeLogRecord> AuthFailures(string claimedCluster)
    {
        var claimed = new KeyValuePair<string, string?>("ClusterId", claimedCluster);
        return [.. _server.Logs().GetSnapshot()
            .Where(record => record.Id.Name == "AgentAuthFailed" && record.StructuredState!.Contains(claimed))];
    }
}
