using System.Text.Json.Nodes;
using Master.DataHub.Snapshots;
using Master.Processor.Tests.Support;

namespace Master.Processor.Tests.Processing;

public sealed class SnapshotProcessorTests
{
    [Test]
    public void Sample_snapshot_is_normalised_without_warnings()
    {
        var snapshot = SampleSnapshot.Decode();

        var warnings = Processors.Process(snapshot, "c1");

        warnings.Should().BeEmpty();
        snapshot.ClusterId.Should().Be("c1");
        var node = snapshot.Nodes[0];
        node.Capacity.Cpu.Value.Should().Be(8000);
        node.Capacity.Memory.Value.Should().Be(33610915840);
        node.Capacity.Pods.Value.Should().Be(110);
        node.Allocatable.Cpu.Value.Should().Be(7800);
        node.Allocatable.EphemeralStorage.Value.Should().Be(94580335255);
        node.Metrics!.Cpu.Usage.Value.Should().Be(1204.556912);
        node.Metrics.Memory.Usage.Value.Should().Be(9812204d * 1024);
        var pod = snapshot.Pods[0];
        pod.Status.CpuUsage.Value.Should().Be(12.873401);
        pod.Status.MemoryUsage.Value.Should().Be(81244d * 1024);
        pod.Containers[0].Requests["cpu"].Should().Be(new Quantity("250m", 250));
        pod.Containers[0].Requests["memory"].Should().Be(new Quantity("256Mi", 268435456));
        pod.Containers[0].Limits["memory"].Value.Should().Be(536870912);
        snapshot.ResourceQuotas[0].Hard["pods"].Value.Should().Be(20);
        snapshot.ResourceQuotas[0].Hard["requests.cpu"].Value.Should().Be(4000);
        snapshot.ResourceQuotas[0].Hard["requests.memory"].Value.Should().Be(8589934592);
        snapshot.PersistentVolumes[0].Capacity.Value.Should().Be(10737418240);
    }

    [Test]
    public void C32_malformed_node_memory_is_null_with_raw_kept_and_one_warning()
    {
        var json = SampleSnapshot.Create();
        json["nodes"]![0]!["allocatable"]!["memory"] = "1K";
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot, "c1");

        snapshot.Nodes[0].Allocatable.Memory.Should().Be(new Quantity("1K", null));
        warnings.Should().Equal(new ProcessorWarning("c1", "nodes[0].allocatable.memory", "1K", "malformed_quantity"));
    }

    [Test]
    public void Warning_path_of_a_qtymap_entry_quotes_the_key()
    {
        var json = SampleSnapshot.Create();
        var pods = json["pods"]!.AsArray();
        pods.Add(pods[0]!.DeepClone());
        pods[1]!["containers"]![0]!["limits"]!["memory"] = "12 Mi";
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot, "c1");

        warnings.Should().Equal(new ProcessorWarning("c1", "pods[1].containers[0].limits[\"memory\"]", "12 Mi", "malformed_quantity"));
        snapshot.Pods[1].Containers[0].Limits["memory"].Value.Should().BeNull();
        snapshot.Pods[0].Containers[0].Limits["memory"].Value.Should().Be(536870912);
    }

    [Test]
    public void Warning_value_is_cut_to_64_characters()
    {
        var json = SampleSnapshot.Create();
        var raw = new string('9', 100) + "x";
        json["pvs"]![0]!["capacity"] = raw;
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot, "c1");

        warnings.Should().Equal(new ProcessorWarning("c1", "pvs[0].capacity", raw[..64], "malformed_quantity"));
        snapshot.PersistentVolumes[0].Capacity.Raw.Should().Be(raw);
    }

    // C33: every row of agent-protocol.md §6.3, placed in two fields of its class inside a real snapshot.
    [TestCase("4", "cpu", 4000d, null)]
    [TestCase("7800m", "cpu", 7800d, null)]
    [TestCase("1204556912n", "cpu", 1204.556912, null)]
    [TestCase("250u", "cpu", 0.25, null)]
    [TestCase("1.5", "cpu", 1500d, null)]
    [TestCase(".5", "cpu", 500d, null)]
    [TestCase("2k", "cpu", 2000000d, null)]
    [TestCase("1e3", "cpu", 1000000d, null)]
    [TestCase("5e-4", "cpu", 0.5, null)]
    [TestCase("-1", "cpu", -1000d, null)]
    [TestCase("32823160Ki", "bytes", 33610915840d, null)]
    [TestCase("16Gi", "bytes", 17179869184d, null)]
    [TestCase("1.5Gi", "bytes", 1610612736d, null)]
    [TestCase("1G", "bytes", 1000000000d, null)]
    [TestCase("12E6", "bytes", 12000000d, null)]
    [TestCase("1E", "bytes", 1000000000000000000d, null)]
    [TestCase("7Ei", "bytes", 8070450532247928832d, null)]
    [TestCase("8Ei", "bytes", null, "quantity_out_of_range")]
    [TestCase("129m", "bytes", 1d, null)]
    [TestCase("94580335255", "bytes", 94580335255d, null)]
    [TestCase("110", "count", 110d, null)]
    [TestCase("+3", "count", 3d, null)]
    [TestCase("", "cpu", null, null)]
    [TestCase("", "bytes", null, null)]
    [TestCase("", "count", null, null)]
    [TestCase("1K", "bytes", null, "malformed_quantity")]
    [TestCase("1KB", "cpu", null, "malformed_quantity")]
    [TestCase("1ki", "count", null, "malformed_quantity")]
    [TestCase("12 Mi", "bytes", null, "malformed_quantity")]
    [TestCase("Mi", "bytes", null, "malformed_quantity")]
    [TestCase("1.2.3", "cpu", null, "malformed_quantity")]
    [TestCase("1e", "count", null, "malformed_quantity")]
    [TestCase("0x10", "count", null, "malformed_quantity")]
    [TestCase("1e3.5", "cpu", null, "malformed_quantity")]
    [TestCase("--1", "bytes", null, "malformed_quantity")]
    public void C33_conformance_row_normalises_in_fields_of_its_class(string raw, string quantityClass, double? expected, string? reason)
    {
        var (first, second) = Places[quantityClass];
        var json = SampleSnapshot.Create();
        first.Set(json, raw);
        second.Set(json, raw);
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot, "c1");

        first.Get(snapshot).Should().Be(new Quantity(raw, expected));
        second.Get(snapshot).Should().Be(new Quantity(raw, expected));
        var expectedWarnings = reason is null
            ? []
            : new[] { new ProcessorWarning("c1", first.Path, raw, reason), new ProcessorWarning("c1", second.Path, raw, reason) };
        warnings.Should().BeEquivalentTo(expectedWarnings);
    }

    [Test]
    public void Limit_range_ratios_are_counts_whatever_their_key()
    {
        var json = SampleSnapshot.Create();
        json["limitRanges"] = JsonNode.Parse("""
            [{"name": "limits", "namespace": "shop", "createdAt": "", "age": "1d",
              "items": [{"type": "Container", "max": {"cpu": "2", "memory": "1Gi"}, "maxLimitRequestRatio": {"cpu": "4", "memory": "1.5"}}]}]
            """);
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot);

        warnings.Should().BeEmpty();
        var item = snapshot.LimitRanges[0].Items[0];
        item.Max["cpu"].Value.Should().Be(2000);
        item.Max["memory"].Value.Should().Be(1073741824);
        item.MaxLimitRequestRatio["cpu"].Value.Should().Be(4);
        item.MaxLimitRequestRatio["memory"].Value.Should().Be(1.5);
    }

    [Test]
    public void Quantities_nested_in_workloads_namespaces_and_claims_are_normalised()
    {
        var json = SampleSnapshot.Create();
        json["statefulSets"] = JsonNode.Parse("""
            [{"summary": {"name": "db", "namespace": "shop"}, "spec": {"volumeClaimTemplates": [{"name": "data", "storage": "20Gi"}]},
              "template": {"containers": [{"name": "db", "image": "postgres:17", "requests": {"cpu": "1", "hugepages-2Mi": "1Ki"}}]},
              "status": {"replicas": 1}}]
            """);
        json["namespaces"]![0]!["quotas"] = JsonNode.Parse("""[{"name": "q", "namespace": "shop", "hard": {"limits.ephemeral-storage": "1Gi"}}]""");
        json["pvcs"] = JsonNode.Parse("""[{"name": "data-db-0", "namespace": "shop", "requestedCapacity": "20Gi", "actualCapacity": "21474836480"}]""");
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot);

        warnings.Should().BeEmpty();
        var statefulSet = snapshot.StatefulSets[0];
        statefulSet.Spec.VolumeClaimTemplates[0].Storage.Value.Should().Be(21474836480);
        statefulSet.Template.Containers[0].Requests["cpu"].Value.Should().Be(1000);
        statefulSet.Template.Containers[0].Requests["hugepages-2Mi"].Value.Should().Be(1024);
        snapshot.Namespaces[0].Quotas[0].Hard["limits.ephemeral-storage"].Value.Should().Be(1073741824);
        snapshot.PersistentVolumeClaims[0].RequestedCapacity.Value.Should().Be(21474836480);
        snapshot.PersistentVolumeClaims[0].ActualCapacity.Value.Should().Be(21474836480);
    }

    [Test]
    public void C35_zero_and_empty_times_are_unset_and_an_unparsable_one_warns()
    {
        var json = SampleSnapshot.Create();
        json["nodes"]![0]!["conditions"]![0]!["lastHeartbeatTime"] = "0001-01-01T00:00:00Z";
        json["pods"]![0]!["status"]!["conditions"]![0]!["lastTransitionTime"] = "";
        json["namespaces"]![0]!["summary"]!["createdAt"] = "yesterday";
        json["events"]![0]!["lastTimestamp"] = "2025-06-12 14:03";
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot, "c1");

        snapshot.Nodes[0].Conditions[0].LastHeartbeatTime.Value.Should().BeNull();
        snapshot.Pods[0].Status.Conditions[0].LastTransitionTime.Value.Should().BeNull();
        snapshot.Namespaces[0].Summary.CreatedAt.Value.Should().BeNull();
        warnings.Should().Equal(
            new ProcessorWarning("c1", "namespaces[0].summary.createdAt", "yesterday", "malformed_time"),
            new ProcessorWarning("c1", "events[0].lastTimestamp", "2025-06-12 14:03", "malformed_time"));
    }

    [Test]
    public void Malformed_times_are_reported_with_their_path_in_every_kind()
    {
        var json = SampleSnapshot.Create();
        json["fetchedAt"] = "12/06/2025";
        json["pods"]![0]!["containers"]![0]!["lastTerminationTime"] = "2025-06-11T22:40:60+08:00";
        json["replicaSets"]![0]!["createdAt"] = "x";
        json["jobs"] = JsonNode.Parse("""[{"name": "j", "startTime": "soon", "conditions": [{"type": "Complete", "status": "True", "lastTransitionTime": "later"}]}]""");
        json["nodes"]![0]!["taints"] = JsonNode.Parse("""[{"key": "k", "effect": "NoSchedule", "timeAdded": "now"}]""");
        var snapshot = SampleSnapshot.Decode(json);

        var warnings = Processors.Process(snapshot, "c1");

        warnings.Select(w => w.Path).Should().BeEquivalentTo(
            "fetchedAt",
            "pods[0].containers[0].lastTerminationTime",
            "replicaSets[0].createdAt",
            "jobs[0].startTime",
            "jobs[0].conditions[0].lastTransitionTime",
            "nodes[0].taints[0].timeAdded");
        warnings.Should().OnlyContain(w => w.Reason == "malformed_time" && w.ClusterId == "c1");
    }

    [Test]
    public void Summary_is_recomputed_from_the_lists()
    {
        var json = SampleSnapshot.Create();
        var pods = json["pods"]!.AsArray();
        var pending = pods[0]!.DeepClone();
        pending["status"]!["phase"] = "Pending";
        pods.Add(pending);
        var failed = pods[0]!.DeepClone();
        failed["status"]!["phase"] = "Failed";
        pods.Add(failed);
        var nodes = json["nodes"]!.AsArray();
        var notReady = nodes[0]!.DeepClone();
        notReady["summary"]!["ready"] = "False";
        nodes.Add(notReady);
        json["deployments"] = JsonNode.Parse("""
            [{"summary": {"name": "a", "replicas": 2, "ready": 2}}, {"summary": {"name": "b", "replicas": 2, "ready": 1}},
             {"summary": {"name": "c", "replicas": 0, "ready": 0}}]
            """);
        json["statefulSets"] = JsonNode.Parse("""[{"summary": {"name": "s"}}]""");
        json["daemonSets"] = JsonNode.Parse("""[{"summary": {"name": "d"}}, {"summary": {"name": "e"}}]""");
        json["services"] = JsonNode.Parse("""[{"summary": {"name": "svc", "type": "ClusterIP"}}]""");
        json["ingresses"] = JsonNode.Parse("""[{"summary": {"name": "ing"}}]""");
        var events = json["events"]!.AsArray();
        var normal = events[0]!.DeepClone();
        normal["type"] = "Normal";
        events.Add(normal);
        var snapshot = SampleSnapshot.Decode(json);

        Processors.Process(snapshot);

        snapshot.Summary.Should().BeEquivalentTo(new ClusterSummary
        {
            TotalNodes = 2,
            ReadyNodes = 1,
            TotalPods = 3,
            RunningPods = 1,
            PendingPods = 1,
            FailedPods = 1,
            TotalDeployments = 3,
            HealthyDeployments = 1,
            TotalStatefulSets = 1,
            TotalDaemonSets = 2,
            TotalServices = 1,
            TotalIngresses = 1,
            TotalNamespaces = 1,
            TotalEvents = 2,
            WarningEvents = 1,
        });
    }

    [Test]
    public void Workloads_get_the_distinct_images_of_their_template()
    {
        var json = SampleSnapshot.Create();
        json["deployments"] = JsonNode.Parse("""
            [{"summary": {"name": "api"}, "template": {"containers": [
              {"name": "api", "image": "api:2"}, {"name": "proxy", "image": "envoy:1"}, {"name": "api2", "image": "api:2"}]}}]
            """);
        json["daemonSets"] = JsonNode.Parse("""[{"summary": {"name": "agent"}, "template": {"containers": [{"name": "a", "image": "agent:5"}]}}]""");
        var snapshot = SampleSnapshot.Decode(json);

        Processors.Process(snapshot);

        snapshot.Deployments[0].Derived!.Images.Should().Equal("api:2", "envoy:1");
        snapshot.DaemonSets[0].Derived!.Images.Should().Equal("agent:5");
    }

    private static readonly Dictionary<string, (Place First, Place Second)> Places = new()
    {
        ["cpu"] = (
            new Place("nodes[0].allocatable.cpu", (j, v) => j["nodes"]![0]!["allocatable"]!["cpu"] = v, s => s.Nodes[0].Allocatable.Cpu),
            new Place("pods[0].containers[0].requests[\"cpu\"]",
                (j, v) => j["pods"]![0]!["containers"]![0]!["requests"]!["cpu"] = v, s => s.Pods[0].Containers[0].Requests["cpu"])),
        ["bytes"] = (
            new Place("nodes[0].allocatable.memory", (j, v) => j["nodes"]![0]!["allocatable"]!["memory"] = v, s => s.Nodes[0].Allocatable.Memory),
            new Place("resourceQuotas[0].hard[\"requests.memory\"]",
                (j, v) => j["resourceQuotas"]![0]!["hard"]!["requests.memory"] = v, s => s.ResourceQuotas[0].Hard["requests.memory"])),
        ["count"] = (
            new Place("nodes[0].capacity.pods", (j, v) => j["nodes"]![0]!["capacity"]!["pods"] = v, s => s.Nodes[0].Capacity.Pods),
            new Place("resourceQuotas[0].hard[\"pods\"]",
                (j, v) => j["resourceQuotas"]![0]!["hard"]!["pods"] = v, s => s.ResourceQuotas[0].Hard["pods"])),
    };

    private sealed record Place(string Path, Action<JsonObject, string> Set, Func<ClusterSnapshot, Quantity> Get);
}
