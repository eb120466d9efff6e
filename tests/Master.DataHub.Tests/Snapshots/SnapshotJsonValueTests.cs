using System.Text;
using Master.DataHub.Snapshots;

namespace Master.DataHub.Tests.Snapshots;

/// <summary>Times (agent-protocol.md §5.3) and quantities (§6) as the decoder keeps them: never a reason to reject a body.</summary>
public sealed class SnapshotJsonValueTests
{
    [TestCase("2025-06-12T14:03:10.204918733+08:00", "2025-06-12T06:03:10.2049187Z")]
    [TestCase("2025-06-12T14:03:10+08:00", "2025-06-12T06:03:10Z")]
    [TestCase("2025-06-12T06:03:10Z", "2025-06-12T06:03:10Z")]
    [TestCase("2025-06-12t06:03:10.5z", "2025-06-12T06:03:10.5Z")]
    [TestCase("2025-06-11T22:03:10.123-08:00", "2025-06-12T06:03:10.123Z")]
    [TestCase("2025-06-12T06:03:10.999999999Z", "2025-06-12T06:03:10.9999999Z")]
    public void Times_are_converted_to_utc_and_truncated_to_100_ns(string wire, string utc)
    {
        ClusterSnapshot snapshot = Decode($$$"""{"fetchedAt":"{{{wire}}}","nodes":[{"conditions":[{"lastHeartbeatTime":"{{{wire}}}"}]}]}""");

        DateTimeOffset expected = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        snapshot.FetchedAt.Value.Should().Be(expected);
        snapshot.FetchedAt.Value!.Value.Offset.Should().Be(TimeSpan.Zero);
        snapshot.FetchedAt.IsMalformed.Should().BeFalse();
        snapshot.Nodes[0].Conditions[0].LastHeartbeatTime.Value.Should().Be(expected);
    }

    [TestCase("\"0001-01-01T00:00:00Z\"")]
    [TestCase("\"0001-01-01T08:00:00+08:00\"")]
    [TestCase("\"0001-01-01T07:00:00+08:00\"")]
    [TestCase("\"\"")]
    [TestCase("null")]
    public void Zero_empty_and_null_times_are_unset_without_a_warning(string wire)
    {
        ClusterSnapshot snapshot = Decode($$$"""{"fetchedAt":{{{wire}}},"pods":[{"status":{"conditions":[{"lastTransitionTime":{{{wire}}}}]}}]}""");

        snapshot.FetchedAt.Should().Be(Timestamp.Unset);
        snapshot.Pods[0].Status.Conditions[0].LastTransitionTime.Should().Be(Timestamp.Unset);
    }

    [Test]
    public void A_missing_time_is_unset()
    {
        ClusterSnapshot snapshot = Decode("""{"jobs":[{"name":"j"}]}""");

        snapshot.FetchedAt.Should().Be(Timestamp.Unset);
        snapshot.Jobs[0].StartTime.HasValue.Should().BeFalse();
        snapshot.Jobs[0].StartTime.IsMalformed.Should().BeFalse();
    }

    [TestCase("\"yesterday\"", "yesterday")]
    [TestCase("\"2025-06-12 14:03\"", "2025-06-12 14:03")]
    [TestCase("\"12/06/2025\"", "12/06/2025")]
    [TestCase("\"2025-06-12T23:59:60Z\"", "2025-06-12T23:59:60Z")]
    [TestCase("\"2025-06-12T14:03:10\"", "2025-06-12T14:03:10")]
    [TestCase("\"2025-02-30T14:03:10Z\"", "2025-02-30T14:03:10Z")]
    [TestCase("\"2025-06-12T14:03:10.Z\"", "2025-06-12T14:03:10.Z")]
    [TestCase("\"2025-06-12T14:03:10\\u002B08:00\"", null)]
    [TestCase("1749708190", "1749708190")]
    [TestCase("{\"seconds\":1}", "{\"seconds\":1}")]
    public void Malformed_times_keep_their_raw_text_and_never_reject_the_body(string wire, string? raw)
    {
        ClusterSnapshot snapshot = Decode($$$"""{"namespaces":[{"summary":{"name":"shop","createdAt":{{{wire}}}}}],"pods":[]}""");

        Timestamp createdAt = snapshot.Namespaces[0].Summary.CreatedAt;
        if (raw is null)
        {
            createdAt.Value.Should().Be(new DateTimeOffset(2025, 6, 12, 6, 3, 10, TimeSpan.Zero), "an escaped + is still a valid offset");
            return;
        }

        createdAt.HasValue.Should().BeFalse();
        createdAt.IsMalformed.Should().BeTrue();
        createdAt.Malformed.Should().Be(raw);
        snapshot.Namespaces[0].Summary.Name.Should().Be("shop");
    }

    // One value per suffix of the grammar (agent-protocol.md §6.1), plus signs, fractions and exponents.
    [TestCase("4")]
    [TestCase("1204556912n")]
    [TestCase("250u")]
    [TestCase("7800m")]
    [TestCase("2k")]
    [TestCase("12M")]
    [TestCase("1G")]
    [TestCase("3T")]
    [TestCase("2P")]
    [TestCase("1E")]
    [TestCase("32823160Ki")]
    [TestCase("256Mi")]
    [TestCase("1.5Gi")]
    [TestCase("2Ti")]
    [TestCase("1Pi")]
    [TestCase("7Ei")]
    [TestCase("1e3")]
    [TestCase("5e-4")]
    [TestCase("12E6")]
    [TestCase(".5")]
    [TestCase("+3")]
    [TestCase("-1")]
    [TestCase("1K")]
    [TestCase("12 Mi")]
    [TestCase("")]
    public void Quantities_keep_the_raw_string_and_no_value_until_normalised(string raw)
    {
        ClusterSnapshot snapshot = Decode($$$$"""
            {"nodes":[{"allocatable":{"cpu":"{{{{raw}}}}","memory":"{{{{raw}}}}","scalarResources":{"nvidia.com/gpu":"{{{{raw}}}}"}}}],
             "pods":[{"status":{"cpuUsage":"{{{{raw}}}}"},"containers":[{"requests":{"cpu":"{{{{raw}}}}"},"limits":{"memory":"{{{{raw}}}}"}}]}],
             "resourceQuotas":[{"hard":{"requests.storage":"{{{{raw}}}}"}}],"pvs":[{"capacity":"{{{{raw}}}}"}]}
            """);

        Quantity[] quantities =
        [
            snapshot.Nodes[0].Allocatable.Cpu, snapshot.Nodes[0].Allocatable.Memory, snapshot.Nodes[0].Allocatable.ScalarResources["nvidia.com/gpu"],
            snapshot.Pods[0].Status.CpuUsage, snapshot.Pods[0].Containers[0].Requests["cpu"], snapshot.Pods[0].Containers[0].Limits["memory"],
            snapshot.ResourceQuotas[0].Hard["requests.storage"], snapshot.PersistentVolumes[0].Capacity,
        ];
        quantities.Should().OnlyContain(q => q.Raw == raw && q.Value == null);
    }

    [TestCase("110", "110")]
    [TestCase("null", "")]
    [TestCase("true", "true")]
    [TestCase("[1,2]", "[1,2]")]
    public void Non_string_quantities_keep_their_json_text_and_never_reject_the_body(string wire, string raw)
    {
        ClusterSnapshot snapshot = Decode($$$"""{"nodes":[{"capacity":{"pods":{{{wire}}},"cpu":"8"}}]}""");

        snapshot.Nodes[0].Capacity.Pods.Raw.Should().Be(raw);
        snapshot.Nodes[0].Capacity.Pods.Value.Should().BeNull();
        snapshot.Nodes[0].Capacity.Cpu.Raw.Should().Be("8");
    }

    [Test]
    public void Master_stored_quantities_read_back_with_their_value()
    {
        ClusterSnapshot snapshot = Decode("""{"pvs":[{"capacity":{"raw":"1Gi","value":1073741824}},{"capacity":{"raw":"1Gi","other":1}}]}""");

        snapshot.PersistentVolumes[0].Capacity.Should().Be(new Quantity("1Gi", 1_073_741_824));
        snapshot.PersistentVolumes[1].Capacity.Should().Be(Quantity.FromRaw("""{"raw":"1Gi","other":1}"""));
    }

    [Test]
    public void Escaped_and_non_ascii_strings_decode_exactly()
    {
        ClusterSnapshot snapshot = Decode("""
            {"pods":[{"spec":{"affinity":{"podAntiAffinity":"已配置"}},"containers":[{"name":"a\u0026b",
              "envs":[{"name":"URL","value":"x?a=1\u0026b=\u003c2\u003e"},{"name":"URL","value":"x?a=1\u0026b=\u003c2\u003e"}]}]}]}
            """);

        snapshot.Pods[0].Spec.Affinity!.PodAntiAffinity.Should().Be("已配置");
        snapshot.Pods[0].Containers[0].Name.Should().Be("a&b");
        snapshot.Pods[0].Containers[0].Envs.Select(e => e.Value).Should().Equal("x?a=1&b=<2>", "x?a=1&b=<2>");
    }

    [Test]
    public void Repeated_strings_are_shared_within_a_snapshot()
    {
        ClusterSnapshot snapshot = Decode("""{"pods":[{"summary":{"namespace":"shop"}},{"summary":{"namespace":"shop"}}]}""");

        snapshot.Pods[1].Summary.Namespace.Should().BeSameAs(snapshot.Pods[0].Summary.Namespace);
    }

    private static ClusterSnapshot Decode(string json) => SnapshotJson.Deserialize(Encoding.UTF8.GetBytes(json));
}
