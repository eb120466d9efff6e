using System.Text.Json.Nodes;
using Master.DataHub.Snapshots;
using Master.DataHub.Tests.Snapshots.Support;
using Master.Testing.Snapshots;

namespace Master.DataHub.Tests.Snapshots;

/// <summary>Decoding realistic agent snapshots: every kind and every member lands in the model.</summary>
public sealed class SnapshotJsonFixtureTests
{
    private static readonly object[] Fixtures =
    [
        new object[] { 40, 4, 1 },
        new object[] { 7, 1, 2 },
        new object[] { 300, 12, 42 },
    ];

    [TestCaseSource(nameof(Fixtures))]
    public void Every_kind_decodes_with_the_known_counts(int pods, int nodes, int seed)
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", pods, nodes, seed, otel: true);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        snapshot.ClusterId.Should().Be("c1");
        snapshot.FetchedAt.Value.Should().Be(fixture.Facts.FetchedAtUtc);
        Counts(snapshot).Should().Equal(fixture.Facts.Counts);
        fixture.Facts.Counts.Values.Should().OnlyContain(count => count > 0, "the builder writes every kind");
        snapshot.Otel.Should().NotBeNull();
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Every_member_of_the_wire_lands_in_the_model(int pods, int nodes, int seed)
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", pods, nodes, seed, otel: true);
        JsonNode wire = JsonNode.Parse(fixture.ToJson())!;

        JsonNode written = JsonNode.Parse(SnapshotJson.Serialize(SnapshotJson.Deserialize(fixture.ToJson())))!;

        SnapshotShape.Losses(wire, written).Should().BeEmpty();
    }

    [Test]
    public void The_fixture_sets_every_member_the_model_has()
    {
        JsonNode wire = JsonNode.Parse(SnapshotFixtureBuilder.Create("c1", 60, 6, seed: 3, otel: true).ToJson())!;

        SortedSet<string> missing = SnapshotShape.ModelMembers();
        missing.ExceptWith(SnapshotShape.MembersPresent(wire));

        missing.Should().BeEmpty("every member of the model is exercised by the decode tests");
    }

    [TestCase(1)]
    [TestCase(5)]
    public void Pods_match_the_builder_facts(int seed)
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 120, 6, seed);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        var replicaSetOwners = snapshot.ReplicaSets.ToDictionary(r => (r.Namespace, r.Name), r => r.OwnerName);
        snapshot.Pods.Should().HaveCount(fixture.Facts.Pods.Count);
        for (int i = 0; i < snapshot.Pods.Count; i++)
        {
            Pod pod = snapshot.Pods[i];
            ExpectedPod expected = fixture.Facts.Pods[i];
            pod.Summary.Name.Should().Be(expected.Name);
            pod.Summary.Namespace.Should().Be(expected.Namespace);
            pod.Summary.NodeName.Should().Be(expected.Node);
            pod.Status.Phase.Should().Be(expected.Phase);
            pod.Containers.Should().HaveCount(expected.TotalContainers);
            pod.Containers.Count(c => c.Ready).Should().Be(expected.ReadyContainers, "pod {0}", expected.Name);
            pod.Containers.Sum(c => c.RestartCount).Should().Be(expected.Restarts);
            pod.Status.Restarts.Should().Be(expected.Restarts);
            pod.Containers.Select(c => c.Image).Distinct().Should().Equal(expected.Images);
            pod.Containers.Select(c => c.LastTerminationReason).FirstOrDefault(r => r.Length > 0).Should().Be(expected.LastTerminationReason);
            pod.Status.CpuUsage.IsEmpty.Should().Be(expected.CpuUsage is null);
            pod.Status.MemoryUsage.Raw.Should().Be(expected.MemoryUsage is { } bytes ? $"{bytes / 1024}Ki" : string.Empty);
            string? deployment = pod.Summary.OwnerKind == "ReplicaSet"
                ? replicaSetOwners.GetValueOrDefault((pod.Summary.Namespace, pod.Summary.OwnerName))
                : null;
            deployment.Should().Be(expected.Deployment);
        }
    }

    [Test]
    public void Pod_states_are_kept_as_the_agent_wrote_them()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 80, 4, seed: 9);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        StateReasons(snapshot, "CrashLoopBackOff").Should().Equal(fixture.Facts.CrashLoopingPods).And.NotBeEmpty();
        StateReasons(snapshot, "ImagePullBackOff").Should().Equal(fixture.Facts.ImagePullBackOffPods).And.NotBeEmpty();
        StateReasons(snapshot, "OOMKilled").Should().Equal(fixture.Facts.OomKilledPods).And.NotBeEmpty();
        snapshot.Pods.Where(p => p.Status.Phase == "Succeeded").Select(p => p.Summary.Name).Should().Equal(fixture.Facts.CompletedPods);
    }

    [Test]
    public void Nodes_match_the_builder_facts()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 90, 6, seed: 4);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        snapshot.Nodes.Select(n => n.Summary.Name).Should().Equal(fixture.Facts.Nodes.Select(n => n.Name));
        snapshot.Nodes.Count(n => n.Summary.Ready == "True").Should().Be(fixture.Facts.ReadyNodes);
        snapshot.Nodes.Select(n => n.Spec.Unschedulable).Should().Equal(fixture.Facts.Nodes.Select(n => n.Unschedulable));
        snapshot.Nodes.Select(n => n.Metrics!.Pods.Used).Should().Equal(fixture.Facts.Nodes.Select(n => n.PodCount));
        snapshot.Nodes.Select(n => n.Metrics!.Cpu.Usage.IsEmpty).Should().Equal(fixture.Facts.Nodes.Select(n => n.CpuUsed is null));
        snapshot.Pods.Where(p => p.Summary.NodeName.Length > 0).GroupBy(p => p.Summary.NodeName)
            .ToDictionary(g => g.Key, g => g.Count()).Should().Equal(fixture.Facts.PodsPerNode);
    }

    [Test]
    public void Events_keep_types_and_zero_times_decode_unset()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 200, 5, seed: 6);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        snapshot.Events.Count(e => e.Type == "Warning").Should().Be(fixture.Facts.WarningEvents);
        snapshot.Events.Count(e => !e.FirstTimestamp.HasValue && !e.LastTimestamp.HasValue && !e.FirstTimestamp.IsMalformed)
            .Should().Be(fixture.Facts.ZeroTimeEvents).And.BePositive();
        snapshot.Events.Where(e => e.LastTimestamp.HasValue).Should().OnlyContain(e => e.LastTimestamp.Value!.Value.Offset == TimeSpan.Zero);
    }

    [Test]
    public void Deployments_keep_their_template_images()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 100, 4, seed: 8);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        snapshot.Deployments.ToDictionary(
                d => $"{d.Summary.Namespace}/{d.Summary.Name}", d => d.Template.Containers.Select(c => c.Image).Distinct().ToList())
            .Should().BeEquivalentTo(fixture.Facts.DeploymentImages, o => o.WithStrictOrdering());
        snapshot.Deployments.Count(d => d.Summary.Ready < d.Summary.Replicas).Should().Be(fixture.Facts.DegradedDeployments);
    }

    [Test]
    public void Null_lists_written_by_the_agent_decode_empty()
    {
        SnapshotFixture fixture = SnapshotFixtureBuilder.Create("c1", 30, 3, nullLists: ["configMaps", "events", "pvs"]);

        ClusterSnapshot snapshot = SnapshotJson.Deserialize(fixture.ToJson());

        fixture.Facts.NullLists.Should().Equal("configMaps", "pvs", "events");
        snapshot.ConfigMaps.Should().BeEmpty();
        snapshot.Events.Should().BeEmpty();
        snapshot.PersistentVolumes.Should().BeEmpty();
        snapshot.Ingresses.SelectMany(i => i.Spec.Rules).Should().Contain(r => r.Paths.Count == 0, "a rule without paths arrives as null");
    }

    [Test]
    public void The_sample_snapshot_decodes()
    {
        ClusterSnapshot snapshot = SnapshotJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(SampleSnapshot.Json));

        snapshot.ClusterId.Should().Be(SampleSnapshot.ClusterId);
        snapshot.FetchedAt.Value.Should().Be(new DateTimeOffset(2025, 6, 12, 6, 3, 10, TimeSpan.Zero).AddTicks(2_049_187));
        snapshot.Pods.Should().ContainSingle().Which.Containers.Should().ContainSingle().Which.Requests["memory"].Raw.Should().Be("256Mi");
        snapshot.Nodes.Should().ContainSingle().Which.Metrics!.Cpu.UtilPct.Should().Be(15.44);
        snapshot.Events.Should().ContainSingle().Which.InvolvedObject.Name.Should().Be("api-5c8d7f9b4-qm2lp");
        snapshot.ReplicaSets.Should().ContainSingle().Which.Selector.Should().Equal(new Dictionary<string, string> { ["app"] = "api" });
        snapshot.ConfigMaps.Should().BeEmpty();
        snapshot.Summary.WarningEvents.Should().Be(1);
    }

    private static Dictionary<string, int> Counts(ClusterSnapshot s) => new()
    {
        ["pods"] = s.Pods.Count,
        ["deployments"] = s.Deployments.Count,
        ["statefulSets"] = s.StatefulSets.Count,
        ["daemonSets"] = s.DaemonSets.Count,
        ["replicaSets"] = s.ReplicaSets.Count,
        ["jobs"] = s.Jobs.Count,
        ["cronJobs"] = s.CronJobs.Count,
        ["services"] = s.Services.Count,
        ["ingresses"] = s.Ingresses.Count,
        ["namespaces"] = s.Namespaces.Count,
        ["configMaps"] = s.ConfigMaps.Count,
        ["secrets"] = s.Secrets.Count,
        ["resourceQuotas"] = s.ResourceQuotas.Count,
        ["limitRanges"] = s.LimitRanges.Count,
        ["networkPolicies"] = s.NetworkPolicies.Count,
        ["serviceAccounts"] = s.ServiceAccounts.Count,
        ["pvs"] = s.PersistentVolumes.Count,
        ["pvcs"] = s.PersistentVolumeClaims.Count,
        ["nodes"] = s.Nodes.Count,
        ["events"] = s.Events.Count,
    };

    private static List<string> StateReasons(ClusterSnapshot snapshot, string reason) =>
        [.. snapshot.Pods.Where(p => p.Containers.Count > 0 && p.Containers[0].StateReason == reason).Select(p => p.Summary.Name)];
}
