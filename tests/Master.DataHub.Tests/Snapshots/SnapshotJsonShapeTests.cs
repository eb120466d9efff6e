using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Master.DataHub.Snapshots;
using Master.DataHub.Tests.Snapshots.Support;
using Master.Testing.Snapshots;

namespace Master.DataHub.Tests.Snapshots;

/// <summary>The robustness rules R1-R6 of agent-protocol.md §0.2 and the body checks of §3 step 6.</summary>
public sealed class SnapshotJsonShapeTests
{
    [Test]
    public void Missing_lists_and_objects_decode_empty()
    {
        ClusterSnapshot snapshot = Decode("""{"clusterId":"c1","fetchedAt":"2025-06-12T14:03:10+08:00"}""");

        ListsOf(snapshot).Should().OnlyContain(list => list.Count == 0).And.HaveCount(20);
        snapshot.Summary.Should().NotBeNull();
        snapshot.Otel.Should().BeNull();
    }

    [Test]
    public void Null_lists_maps_and_objects_decode_empty_at_every_level()
    {
        string nulls = string.Join(",", SnapshotFixtureBuilder.KindNames.Select(k => $"\"{k}\":null"));

        ClusterSnapshot snapshot = Decode($$"""
            {{{nulls}},"summary":null,"otel":null,"pods":[{"summary":null,"spec":{"nodeSelector":null,"tolerations":null},
             "status":{"podIPs":null,"conditions":null,"cpuUsage":null},"containers":[{"name":null,"requests":null,"envs":null,
             "ready":null,"restartCount":null}],"labels":null}]}
            """);

        Pod pod = snapshot.Pods.Should().ContainSingle().Subject;
        pod.Summary.Name.Should().BeEmpty();
        pod.Spec.NodeSelector.Should().BeEmpty();
        pod.Spec.Tolerations.Should().BeEmpty();
        pod.Status.PodIPs.Should().BeEmpty();
        pod.Status.Conditions.Should().BeEmpty();
        pod.Status.CpuUsage.IsEmpty.Should().BeTrue();
        pod.Containers[0].Name.Should().BeEmpty();
        pod.Containers[0].Requests.Should().BeEmpty();
        pod.Containers[0].Envs.Should().BeEmpty();
        pod.Containers[0].Ready.Should().BeFalse();
        pod.Containers[0].RestartCount.Should().Be(0);
        pod.Labels.Should().BeEmpty();
        snapshot.Summary.Should().NotBeNull();
        ListsOf(snapshot).Skip(1).Should().OnlyContain(list => list.Count == 0);
    }

    [Test]
    public void Unknown_members_at_every_level_are_ignored()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 30, 3, seed: 2);
        JsonNode wire = JsonNode.Parse(fixture.ToJson())!;
        int added = 0;
        SnapshotShape.VisitObjects(wire, SnapshotShape.Root, (obj, info) =>
        {
            if (info.Type != typeof(OTelSnapshot))
            {
                obj["futureField"] = JsonNode.Parse("""{"nested":[1,"two",{"three":null}],"flag":true}""");
                obj["futureList"] = new JsonArray(1, 2);
                added++;
            }
        });

        ClusterSnapshot withUnknown = SnapshotJson.Deserialize(Encoding.UTF8.GetBytes(wire.ToJsonString()));

        added.Should().BeGreaterThan(1000);
        SnapshotJson.Serialize(withUnknown).Should().Equal(SnapshotJson.Serialize(SnapshotJson.Deserialize(fixture.ToJson())));
    }

    [Test]
    public void Property_names_match_case_insensitively()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 20, 2, seed: 3);
        JsonNode wire = JsonNode.Parse(fixture.ToJson())!;
        var renamed = new JsonObject();
        foreach ((string name, JsonNode? value) in wire.AsObject().ToList())
        {
            wire.AsObject().Remove(name);
            renamed[name.ToUpperInvariant()] = value;
        }

        SnapshotShape.VisitObjects(renamed, SnapshotShape.Root, (obj, _) =>
        {
            foreach ((string name, JsonNode? value) in obj.ToList())
            {
                obj.Remove(name);
                obj[name.Length % 2 == 0 ? name.ToUpperInvariant() : char.ToUpperInvariant(name[0]) + name[1..]] = value;
            }
        });

        ClusterSnapshot decoded = SnapshotJson.Deserialize(Encoding.UTF8.GetBytes(renamed.ToJsonString()));

        renamed.ToJsonString().Should().Contain("\"PODS\"").And.Contain("\"Summary\"");
        SnapshotJson.Serialize(decoded).Should().Equal(SnapshotJson.Serialize(SnapshotJson.Deserialize(fixture.ToJson())));
    }

    [Test]
    public void Labels_keep_keys_that_differ_only_in_case()
    {
        ClusterSnapshot snapshot = Decode("""{"pods":[{"labels":{"App":"a","app":"b"}}]}""");

        snapshot.Pods[0].Labels.Should().Equal(new Dictionary<string, string> { ["App"] = "a", ["app"] = "b" });
    }

    [Test]
    public void The_otel_block_keeps_its_scalars_typed_and_everything_else_raw()
    {
        ClusterSnapshot snapshot = Decode("""
            {"otel":{"totalServices":12,"healthyServices":10,"totalRps":777.49,"avgSuccessRate":0.9714,"avgP99Ms":186.46,
              "ingressServices":4,"ingressAvgRps":400.55,"meshServices":0,"meshAvgMtls":0,"monitoredNodes":3,"avgCpuPct":27.49,
              "avgMemPct":35.11,"maxCpuPct":32.28,"maxMemPct":49.56,
              "apmServices":[{"name":"api","rps":"not a number","latency":{"p99":[1,2,{"x":null}]}}],
              "sloWindows":{"1d":{"current":[]},"7d":42},"recentLogs":"whatever","metricsSummary":null}}
            """);

        OTelSnapshot otel = snapshot.Otel!;
        (otel.TotalServices, otel.HealthyServices, otel.IngressServices, otel.MeshServices, otel.MonitoredNodes).Should().Be((12, 10, 4, 0, 3));
        new[] { otel.TotalRps, otel.AvgSuccessRate, otel.AvgP99Ms, otel.IngressAvgRps, otel.MeshAvgMtls, otel.AvgCpuPct, otel.AvgMemPct, otel.MaxCpuPct, otel.MaxMemPct }
            .Should().Equal(777.49, 0.9714, 186.46, 400.55, 0, 27.49, 35.11, 32.28, 49.56);
        otel.Extra.Keys.Should().BeEquivalentTo("apmServices", "sloWindows", "recentLogs", "metricsSummary");
        otel.Extra["apmServices"].GetRawText().Should().Be("""[{"name":"api","rps":"not a number","latency":{"p99":[1,2,{"x":null}]}}]""");
        otel.Extra["sloWindows"].GetProperty("7d").GetInt32().Should().Be(42);
        otel.Extra["metricsSummary"].ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public void An_otel_scalar_of_the_wrong_type_rejects_the_body()
    {
        Action act = () => Decode("""{"otel":{"totalServices":"12"}}""");

        act.Should().Throw<SnapshotJsonException>().Which.Path.Should().Be("$.otel.totalServices");
    }

    [TestCase("", "The snapshot body is empty, not a JSON object.")]
    [TestCase("  \r\n\t ", "The snapshot body is empty, not a JSON object.")]
    [TestCase("[]", "The snapshot body is an array, not a JSON object.")]
    [TestCase("null", "The snapshot body is null, not a JSON object.")]
    [TestCase("\"x\"", "The snapshot body is a string, not a JSON object.")]
    [TestCase("42", "The snapshot body is a number, not a JSON object.")]
    [TestCase("true", "The snapshot body is a boolean, not a JSON object.")]
    public void Bodies_that_are_not_one_object_are_rejected_with_a_plain_message(string body, string message)
    {
        Action act = () => Decode(body);

        act.Should().Throw<SnapshotJsonException>().WithMessage(message);
    }

    [TestCase("""{"pods":"x"}""", "$.pods", 1, 12)]
    [TestCase("""{"pods":[]} trailing""", "$", 1, 13)]
    [TestCase("""{"pods":[]}{}""", "$", 1, 12)]
    [TestCase("{\"pods\":[\n{\"status\":{\"restarts\":3.5}}]}", "$.pods[0].status.restarts", 2, 26)]
    [TestCase("""{"pods":[{"status":{"restarts":"3"}}]}""", "$.pods[0].status.restarts", 1, 35)]
    [TestCase("""{"nodes":[{"summary":{"schedulable":"yes"}}]}""", "$.nodes[0].summary.schedulable", 1, 42)]
    [TestCase("""{"clusterId":5}""", "$.clusterId", 1, 15)]
    [TestCase("""{"pods":[{"labels":["a"]}]}""", "$.pods[0].labels", 1, 21)]
    [TestCase("""{"pods":[{"summary":{"name":"a"}""", "$.pods[0]", 1, 33)]
    public void Invalid_bodies_are_rejected_with_a_message_that_says_where(string body, string path, int line, int position)
    {
        Action act = () => Decode(body);

        SnapshotJsonException e = act.Should().Throw<SnapshotJsonException>().Which;
        e.Message.Should().StartWith("The snapshot body is not valid JSON").And.Contain($"(line {line}, byte {position})");
        e.Path.Should().Be(path);
        e.LineNumber.Should().Be(line);
        e.BytePositionInLine.Should().Be(position);
        if (path != "$")
        {
            e.Message.Should().Contain($" at {path} ");
        }
    }

    [Test]
    public void A_leading_bom_is_tolerated()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"clusterId":"c1"}""")];

        SnapshotJson.Deserialize(body).ClusterId.Should().Be("c1");
    }

    [Test]
    public void Serialize_then_deserialize_round_trips_a_realistic_snapshot()
    {
        ClusterSnapshot original = SnapshotJson.Deserialize(SnapshotFixtureBuilder.Create("c1", 80, 5, seed: 11, otel: true).ToJson());
        original.Nodes[0].Allocatable.Cpu = original.Nodes[0].Allocatable.Cpu with { Value = 7800 };
        original.Pods[0].Derived = new PodDerived { Status = "Running", Images = ["a", "b"], CpuRequest = 250 };
        original.Pods[1].Summary.CreatedAt = new Timestamp(null, "yesterday");

        byte[] written = SnapshotJson.Serialize(original);
        ClusterSnapshot back = SnapshotJson.Deserialize(written);

        SnapshotJson.Serialize(back).Should().Equal(written);
        back.Should().BeEquivalentTo(original, o => o.Excluding(s => s.Otel!.Extra).Excluding(m => m.Name == "Malformed" || m.Name == "IsMalformed"));
        back.Otel!.Extra.Keys.Should().Equal(original.Otel!.Extra.Keys);
        back.Otel.Extra.Should().OnlyContain(kv => JsonNode.DeepEquals(JsonNode.Parse(kv.Value.GetRawText()), JsonNode.Parse(original.Otel.Extra[kv.Key].GetRawText())));
        back.Pods[1].Summary.CreatedAt.Should().Be(Timestamp.Unset, "a malformed time is written as unset");
        back.Nodes[0].Allocatable.Cpu.Should().Be(new Quantity(original.Nodes[0].Allocatable.Cpu.Raw, 7800));
        back.Pods[0].Derived!.Images.Should().Equal("a", "b");
        back.FetchedAt.Value.Should().Be(original.FetchedAt.Value);
    }

    [Test]
    public void Serialize_writes_utc_times_and_stored_quantities()
    {
        ClusterSnapshot snapshot = Decode("""{"fetchedAt":"2025-06-12T14:03:10.204918733+08:00","pvs":[{"capacity":"1Gi"}]}""");

        JsonNode written = JsonNode.Parse(SnapshotJson.Serialize(snapshot))!;

        written["fetchedAt"]!.GetValue<string>().Should().Be("2025-06-12T06:03:10.2049187Z");
        written["pvs"]![0]!["capacity"]!.ToJsonString().Should().Be("""{"raw":"1Gi"}""");
        written["otel"].Should().BeNull();
    }

    private static List<System.Collections.ICollection> ListsOf(ClusterSnapshot s) =>
    [
        s.Pods, s.Deployments, s.StatefulSets, s.DaemonSets, s.ReplicaSets, s.Jobs, s.CronJobs, s.Services, s.Ingresses, s.Namespaces,
        s.ConfigMaps, s.Secrets, s.ResourceQuotas, s.LimitRanges, s.NetworkPolicies, s.ServiceAccounts, s.PersistentVolumes,
        s.PersistentVolumeClaims, s.Nodes, s.Events,
    ];

    private static ClusterSnapshot Decode(string json) => SnapshotJson.Deserialize(Encoding.UTF8.GetBytes(json));
}
