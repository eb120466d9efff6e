using System.Net;
using Master.AgentSdk.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.6 C98–C99 and §11.6: the self-description headers of extended agents.</summary>
public sealed class AgentHeaderTests : AgentChannelFixture
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Test]
    public async Task C98_heartbeat_headers_are_stored_normalised_and_a_malformed_label_is_skipped_with_a_warning()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(Described(AgentHttp.Heartbeat(cluster)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = (await Hub.GetAgentAsync(cluster))!.Report;
        report.AgentVersion.Should().Be("2.4.0");
        report.Labels.Should().BeEquivalentTo(new Dictionary<string, string> { ["env"] = "prod", ["region"] = "eu" });
        report.ConfigHash.Should().Be(Hash);
        var warning = Server.Logs().GetSnapshot()
            .Where(record => record.Id.Name == "MalformedAgentHeader" && record.Message.Contains(cluster, StringComparison.Ordinal))
            .Should().ContainSingle().Which;
        warning.Level.Should().Be(LogLevel.Warning);
        warning.StructuredState.Should().Contain(new KeyValuePair<string, string?>("Header", "X-Agent-Labels"))
            .And.Contain(new KeyValuePair<string, string?>("Value", "bad"));
    }

    [Test]
    public async Task C99_a_heartbeat_without_the_headers_clears_what_the_last_one_said()
    {
        var cluster = AgentHttp.NewClusterId();
        using var described = await Client.SendAsync(Described(AgentHttp.Heartbeat(cluster)));

        using var response = await Client.SendAsync(AgentHttp.Heartbeat(cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = (await Hub.GetAgentAsync(cluster))!.Report;
        report.AgentVersion.Should().BeNull();
        report.Labels.Should().BeNull();
        report.ConfigHash.Should().BeNull();
    }

    [Test]
    public async Task Snapshot_carries_the_same_headers()
    {
        var cluster = AgentHttp.NewClusterId();
        var body = AgentHttp.Gzip($$"""{"clusterId":"{{cluster}}","fetchedAt":"2025-06-12T14:03:10+08:00"}""");

        using var response = await Client.SendAsync(Described(AgentHttp.Snapshot(body, cluster)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = (await Hub.GetAgentAsync(cluster))!.Report;
        report.AgentVersion.Should().Be("2.4.0");
        report.ConfigHash.Should().Be(Hash);
    }

    private static HttpRequestMessage Described(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("X-Agent-Version", "2.4.0");
        request.Headers.TryAddWithoutValidation("X-Agent-Labels", "env=prod, region=eu ,bad");
        request.Headers.TryAddWithoutValidation("X-Agent-Config-Hash", "sha256:" + Hash.ToUpperInvariant());
        return request;
    }
}
