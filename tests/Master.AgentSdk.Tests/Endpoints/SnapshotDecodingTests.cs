using System.Globalization;
using System.Net;
using System.Text;
using Master.AgentSdk.Tests.Support;
using Master.DataHub.Snapshots;
using Master.Testing.Snapshots;

namespace Master.AgentSdk.Tests.Endpoints;

/// <summary>agent-protocol.md §12.2: snapshot decoding, over the real Processor and memory hub.</summary>
public sealed class SnapshotDecodingTests : AgentChannelFixture
{
    private static byte[] Sample => Encoding.UTF8.GetBytes(SampleSnapshot.Json);

    private static byte[][] Split(byte[] json) =>
        [json[..(json.Length / 3)], json[(json.Length / 3)..(2 * json.Length / 3)], json[(2 * json.Length / 3)..]];

    private static byte[] ThreeMembers(byte[] json) => [.. Split(json).SelectMany(AgentHttp.Gzip)];

    private static string Minimal(string clusterId, string extra = "") =>
        $$"""{"clusterId":"{{clusterId}}","fetchedAt":"2025-06-12T14:03:10+08:00"{{extra}}}""";

    private async Task<ClusterSnapshot> PushAsync(string cluster, string json)
    {
        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(json), cluster));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Hub.GetSnapshotAsync(cluster))!.Snapshot;
    }

    [Test]
    public async Task C20_gzip_sample_snapshot_is_stored()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(Sample), cluster));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}\n");
        var stored = (await Hub.GetSnapshotAsync(cluster))!.Snapshot;
        stored.Pods.Should().HaveCount(1);
        stored.Nodes.Should().HaveCount(1);
        stored.Events.Should().HaveCount(1);
        stored.ConfigMaps.Should().BeEmpty();
    }

    [Test]
    public async Task C21_gzip_body_without_content_encoding_is_sniffed()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(Sample), cluster, contentEncoding: null));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetSnapshotAsync(cluster))!.Snapshot.Pods.Should().HaveCount(1);
    }

    [Test]
    public async Task C22_plain_json_body_is_accepted()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(Sample, cluster, contentEncoding: null));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetSnapshotAsync(cluster))!.Snapshot.Nodes.Should().HaveCount(1);
    }

    [TestCase("GZIP")]
    [TestCase("identity, gzip")]
    [TestCase("gzip, deflate")]
    public async Task C23_gzip_token_is_found_in_any_case_and_list(string encoding)
    {
        var request = AgentHttp.Snapshot(AgentHttp.Gzip(Sample), AgentHttp.NewClusterId(), contentEncoding: null);
        request.Content!.Headers.TryAddWithoutValidation("Content-Encoding", encoding);

        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task C24_declared_gzip_with_plain_body_is_invalid_gzip()
    {
        using var response = await Client.SendAsync(AgentHttp.Snapshot(Sample, AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [Test]
    public async Task C25_truncated_gzip_is_invalid_gzip()
    {
        var gzip = AgentHttp.Gzip(Sample);

        using var response = await Client.SendAsync(AgentHttp.Snapshot(gzip[..(gzip.Length / 2)], AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [Test]
    public async Task C25_gzip_with_a_flipped_deflate_byte_is_invalid_gzip()
    {
        var gzip = AgentHttp.Gzip(Sample);
        gzip[gzip.Length / 2] ^= 0xff;

        using var response = await Client.SendAsync(AgentHttp.Snapshot(gzip, AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [Test]
    public async Task C25_gzip_cut_inside_its_trailer_is_invalid_gzip()
    {
        var gzip = AgentHttp.Gzip(Sample);

        using var response = await Client.SendAsync(AgentHttp.Snapshot(gzip[..^4], AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [TestCase("gzip")]
    [TestCase(null)]
    public async Task Multi_member_gzip_is_decoded_as_one_body(string? contentEncoding)
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(ThreeMembers(Sample), cluster, contentEncoding));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var stored = (await Hub.GetSnapshotAsync(cluster))!.Snapshot;
        stored.Pods.Should().HaveCount(1);
        stored.Nodes.Should().HaveCount(1);
        stored.Events.Should().HaveCount(1);
    }

    [Test]
    public async Task Multi_member_gzip_cut_inside_its_last_member_is_invalid_gzip()
    {
        var gzip = ThreeMembers(Sample);

        using var response = await Client.SendAsync(AgentHttp.Snapshot(gzip[..^20], AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [Test]
    public async Task Multi_member_gzip_with_a_corrupted_trailer_in_a_middle_member_is_invalid_gzip()
    {
        var parts = Split(Sample);
        var second = AgentHttp.Gzip(parts[1]);
        second[^6] ^= 0xff;

        var body = AgentHttp.Gzip(parts[0]).Concat(second).Concat(AgentHttp.Gzip(parts[2])).ToArray();
        using var response = await Client.SendAsync(AgentHttp.Snapshot(body, AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [TestCase(new byte[] { 0 })]
    [TestCase(new byte[] { (byte)'{', (byte)'}' })]
    [TestCase(new byte[] { 0x1f })]
    public async Task Gzip_followed_by_bytes_that_do_not_start_another_member_is_invalid_gzip(byte[] trailing)
    {
        var body = AgentHttp.Gzip(Sample).Concat(trailing).ToArray();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(body, AgentHttp.NewClusterId()));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_gzip");
    }

    [Test]
    public async Task C26_without_header_the_body_cluster_id_is_used()
    {
        var cluster = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(Minimal(cluster)), null));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetSnapshotAsync(cluster)).Should().NotBeNull();
    }

    [Test]
    public async Task C27_header_cluster_id_wins_over_the_body()
    {
        var header = AgentHttp.NewClusterId();
        var body = AgentHttp.NewClusterId();

        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip(Minimal(body)), header));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hub.GetSnapshotAsync(header))!.Snapshot.ClusterId.Should().Be(header);
        (await Hub.GetSnapshotAsync(body)).Should().BeNull();
    }

    [Test]
    public async Task C28_no_cluster_id_anywhere_is_cluster_id_required()
    {
        using var response = await Client.SendAsync(AgentHttp.Snapshot(AgentHttp.Gzip("""{"pods":[]}"""), null));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("cluster_id_required");
    }

    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("")]
    [TestCase("""{"pods":"x"}""")]
    [TestCase("""{"pods":[]} trailing""")]
    public async Task C29_bodies_that_are_not_a_snapshot_object_are_invalid_json(string body)
    {
        using var response = await Client.SendAsync(AgentHttp.Snapshot(Encoding.UTF8.GetBytes(body), AgentHttp.NewClusterId(), null));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorCodeAsync()).Should().Be("invalid_json");
    }

    [Test]
    public async Task C30_unknown_members_are_ignored()
    {
        var cluster = AgentHttp.NewClusterId();
        var json = Minimal(cluster, ""","future":{"x":[1,2]},"pods":[{"summary":{"name":"p","namespace":"n"},"shiny":true}]""");

        var stored = await PushAsync(cluster, json);

        stored.Pods.Should().ContainSingle().Which.Summary.Name.Should().Be("p");
    }

    [Test]
    public async Task C31_snapshot_with_every_list_missing_has_every_list_empty()
    {
        var cluster = AgentHttp.NewClusterId();

        var stored = await PushAsync(cluster, Minimal(cluster));

        stored.Pods.Should().BeEmpty();
        stored.Nodes.Should().BeEmpty();
        stored.Events.Should().BeEmpty();
        stored.Deployments.Should().BeEmpty();
        stored.ConfigMaps.Should().BeEmpty();
        stored.Namespaces.Should().BeEmpty();
    }

    [Test]
    public async Task C32_malformed_quantity_is_stored_unknown_with_one_warning()
    {
        var cluster = AgentHttp.NewClusterId();
        var json = Minimal(cluster, ""","nodes":[{"summary":{"name":"n1"},"allocatable":{"memory":"1K"}}]""");

        var stored = await PushAsync(cluster, json);

        var memory = stored.Nodes[0].Allocatable.Memory;
        memory.Raw.Should().Be("1K");
        memory.Value.Should().BeNull();
        Server.Logs().GetSnapshot()
            .Where(r => r.Id.Id == 2000 && r.Message.Contains(cluster, StringComparison.Ordinal))
            .Should().ContainSingle()
            .Which.Message.Should().Contain("nodes[0].allocatable.memory").And.Contain("malformed_quantity");
    }

    [TestCase("cpu", "4", 4000d)]
    [TestCase("cpu", "7800m", 7800d)]
    [TestCase("cpu", "1204556912n", 1204.556912)]
    [TestCase("cpu", "250u", 0.25)]
    [TestCase("cpu", "1.5", 1500d)]
    [TestCase("cpu", ".5", 500d)]
    [TestCase("cpu", "2k", 2000000d)]
    [TestCase("cpu", "1e3", 1000000d)]
    [TestCase("cpu", "5e-4", 0.5)]
    [TestCase("cpu", "-1", -1000d)]
    [TestCase("memory", "32823160Ki", 33610915840d)]
    [TestCase("memory", "16Gi", 17179869184d)]
    [TestCase("memory", "1.5Gi", 1610612736d)]
    [TestCase("memory", "1G", 1000000000d)]
    [TestCase("memory", "12E6", 12000000d)]
    [TestCase("memory", "1E", 1000000000000000000d)]
    [TestCase("memory", "7Ei", 8070450532247928832d)]
    [TestCase("memory", "8Ei", null)]
    [TestCase("memory", "129m", 1d)]
    [TestCase("memory", "94580335255", 94580335255d)]
    [TestCase("pods", "110", 110d)]
    [TestCase("pods", "+3", 3d)]
    [TestCase("pods", "", null)]
    [TestCase("memory", "1K", null)]
    [TestCase("memory", "1KB", null)]
    [TestCase("memory", "1ki", null)]
    [TestCase("memory", "12 Mi", null)]
    [TestCase("memory", "Mi", null)]
    [TestCase("memory", "1.2.3", null)]
    [TestCase("memory", "1e", null)]
    [TestCase("memory", "0x10", null)]
    [TestCase("memory", "1e3.5", null)]
    [TestCase("memory", "--1", null)]
    public async Task C33_quantities_are_normalised_by_class(string field, string raw, double? expected)
    {
        var cluster = AgentHttp.NewClusterId();
        var json = Minimal(cluster, $$$""","nodes":[{"summary":{"name":"n1"},"allocatable":{"{{{field}}}":"{{{raw}}}"}}]""");

        var stored = await PushAsync(cluster, json);

        var resources = stored.Nodes[0].Allocatable;
        var quantity = field switch { "cpu" => resources.Cpu, "memory" => resources.Memory, _ => resources.Pods };
        quantity.Raw.Should().Be(raw);
        if (expected is null)
        {
            quantity.Value.Should().BeNull();
        }
        else
        {
            quantity.Value.Should().BeApproximately(expected.Value, Math.Abs(expected.Value) * 1e-12);
        }
    }

    [Test]
    public async Task C34_fetched_at_is_stored_in_utc_truncated_to_100_ns()
    {
        var cluster = AgentHttp.NewClusterId();
        var json = $$"""{"clusterId":"{{cluster}}","fetchedAt":"2025-06-12T14:03:10.204918733+08:00"}""";

        var stored = await PushAsync(cluster, json);

        stored.FetchedAt.Value.Should().Be(DateTimeOffset.Parse("2025-06-12T06:03:10.2049187Z", CultureInfo.InvariantCulture));
        stored.FetchedAt.Value!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Test]
    public async Task C35_zero_empty_and_malformed_times_are_unset_and_the_snapshot_is_accepted()
    {
        var cluster = AgentHttp.NewClusterId();
        var json = Minimal(cluster, """
            ,"nodes":[{"summary":{"name":"n1"},"conditions":[{"type":"Ready","status":"True","lastHeartbeatTime":"0001-01-01T00:00:00Z","lastTransitionTime":"2025-06-01T00:10:00+08:00"}]}],
            "pods":[{"summary":{"name":"p","namespace":"n","createdAt":"yesterday"},"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True","lastTransitionTime":""}]}}]
            """);

        var stored = await PushAsync(cluster, json);

        stored.Nodes[0].Conditions[0].LastHeartbeatTime.HasValue.Should().BeFalse();
        stored.Pods[0].Status.Conditions[0].LastTransitionTime.HasValue.Should().BeFalse();
        stored.Pods[0].Summary.CreatedAt.HasValue.Should().BeFalse();
        Server.Logs().GetSnapshot()
            .Where(r => r.Id.Id == 2000 && r.Message.Contains(cluster, StringComparison.Ordinal))
            .Should().ContainSingle().Which.Message.Should().Contain("malformed_time");
    }

    [Test]
    public async Task C36_otel_block_with_arbitrary_content_keeps_its_scalars_readable()
    {
        var cluster = AgentHttp.NewClusterId();
        var json = Minimal(cluster, """
            ,"otel":{"totalServices":12,"healthyServices":11,"totalRps":35.5,"avgSuccessRate":0.998,"avgP99Ms":120.25,
            "ingressServices":3,"ingressAvgRps":4.5,"meshServices":7,"meshAvgMtls":0.9,"monitoredNodes":2,
            "avgCpuPct":20.5,"avgMemPct":40.25,"maxCpuPct":70,"maxMemPct":80.5,
            "apmTopology":{"nodes":[{"x":[1,{"deep":null}]}]},"recentTraces":[1,"two",{"three":3}],"sloWindows":{"1d":{"anything":true}}}
            """);

        var stored = await PushAsync(cluster, json);

        stored.Otel!.TotalServices.Should().Be(12);
        stored.Otel.HealthyServices.Should().Be(11);
        stored.Otel.TotalRps.Should().Be(35.5);
        stored.Otel.MonitoredNodes.Should().Be(2);
    }

    [Test]
    public async Task C37_snapshot_for_an_unknown_cluster_registers_it_online()
    {
        var cluster = AgentHttp.NewClusterId();

        await PushAsync(cluster, Minimal(cluster));

        var agent = await Hub.GetAgentAsync(cluster);
        agent!.Online.Should().BeTrue();
        agent.LastSnapshotAt.Should().NotBeNull();
    }
}
