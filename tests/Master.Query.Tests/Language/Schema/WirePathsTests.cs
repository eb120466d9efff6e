using Master.DataHub.Snapshots;
using Master.Query.Language.Schema;

namespace Master.Query.Tests.Language.Schema;

/// <summary>Raw wire paths are accepted next to the friendly fields, named and typed as on the wire.</summary>
public sealed class WirePathsTests
{
    private const double Now = 1_750_000_000;

    [Test]
    public void Pod_wire_paths_resolve_with_the_wire_types()
    {
        var pods = SchemaRegistry.Default.Find("pods")!;

        pods.Find("status.qosClass").Should().Match<FieldDef>(field => field.Type == FieldType.Text && !field.IsList);
        pods.Find("spec.dnsPolicy").Should().Match<FieldDef>(field => field.Type == FieldType.Text && !field.IsList);
        pods.Find("summary.name")!.Type.Should().Be(FieldType.Text);
        pods.Find("summary.createdAt")!.Type.Should().Be(FieldType.Time);
        pods.Find("status.restarts")!.Type.Should().Be(FieldType.Int);
        pods.Find("spec.hostNetwork")!.Type.Should().Be(FieldType.Bool);
        pods.Find("status.cpuUsage")!.Type.Should().Be(FieldType.Cpu);
        pods.Find("status.memoryUsage")!.Type.Should().Be(FieldType.Memory);
        pods.Find("labels")!.Type.Should().Be(FieldType.Map, "the friendly field and the wire path agree");
        pods.Find("spec.nodeSelector")!.Type.Should().Be(FieldType.Map);
        pods.Find("status.podIPs").Should().Match<FieldDef>(field => field.Type == FieldType.Text && field.IsList);
        pods.Find("containers.image").Should().Match<FieldDef>(field => field.Type == FieldType.Text && field.IsList);
        pods.Find("containers.ports.containerPort").Should().Match<FieldDef>(field => field.Type == FieldType.Int && field.IsList,
            "the JsonPropertyName of ContainerPort.Port is the wire name");
        pods.Find("containers.ready").Should().Match<FieldDef>(field => field.Type == FieldType.Bool && field.IsList);
        pods.Find("containers.command").Should().Match<FieldDef>(field => field.Type == FieldType.Text && field.IsList);
    }

    [Test]
    public void Wire_paths_are_found_without_regard_to_case_and_unknown_ones_are_not()
    {
        var pods = SchemaRegistry.Default.Find("pods")!;

        pods.Find("STATUS.QOSCLASS").Should().BeSameAs(pods.Find("status.qosClass"));
        pods.Find("status.qosClas").Should().BeNull();
        pods.Find("status").Should().NotBeNull("the friendly status wins");
        pods.Find("status")!.Type.Should().Be(FieldType.Enum);
        pods.WirePaths.Keys.Should().NotContain(key => key.Contains("requests", StringComparison.Ordinal), "quantity maps have no wire field");
    }

    [Test]
    public void Wire_paths_read_the_value_as_the_processor_left_it()
    {
        var pod = new Pod
        {
            Summary = new PodSummary { Name = "api-1", CreatedAt = Timestamp.At(DateTimeOffset.FromUnixTimeSeconds(1_749_990_000)) },
            Spec = new PodSpec { DnsPolicy = "ClusterFirst", HostNetwork = true },
            Status = new PodStatus { QosClass = "Burstable", Reason = string.Empty, Restarts = 4, CpuUsage = new Quantity("250m", 250), PodIPs = ["10.0.0.1", ""] },
            Containers =
            [
                new PodContainer { Image = "a:1", Ports = [new ContainerPort { Port = 8080 }, new ContainerPort { Port = 9090 }], Ready = true },
                new PodContainer { Image = string.Empty, Ports = [new ContainerPort { Port = 8443 }], LivenessProbe = new Probe { Port = 8081 } },
            ],
        };

        Read("pods", "status.qosClass", pod).Should().Be("Burstable");
        Read("pods", "status.reason", pod).Should().BeNull("empty text is null");
        Read("pods", "spec.dnsPolicy", pod).Should().Be("ClusterFirst");
        Read("pods", "spec.hostNetwork", pod).Should().Be(true);
        Read("pods", "summary.name", pod).Should().Be("api-1");
        Read("pods", "summary.createdAt", pod).Should().Be(1_749_990_000.0);
        Read("pods", "summary.nodeName", pod).Should().BeNull();
        Read("pods", "status.restarts", pod).Should().Be(4.0);
        Read("pods", "status.cpuUsage", pod).Should().Be(250.0);
        Read("pods", "status.memoryUsage", pod).Should().BeNull("an unread quantity is null");
        Read("pods", "status.podIPs", pod).Should().BeEquivalentTo(new[] { "10.0.0.1" });
        Read("pods", "containers.image", pod).Should().BeEquivalentTo(new[] { "a:1" });
        Read("pods", "containers.ports.containerPort", pod).Should().BeEquivalentTo(new[] { 8080.0, 9090.0, 8443.0 }, options => options.WithStrictOrdering());
        Read("pods", "containers.ready", pod).Should().BeEquivalentTo(new[] { true, false }, options => options.WithStrictOrdering());
        Read("pods", "containers.livenessProbe.port", pod).Should().BeEquivalentTo(new[] { 8081.0 }, "a container without the probe adds nothing");
        Read("pods", "derived.status", pod).Should().BeNull("a null object on the way makes the value null");
    }

    [Test]
    public void Other_kinds_have_their_nested_and_flat_wire_paths()
    {
        var deployment = new Deployment
        {
            Spec = new DeploymentSpec { Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateStrategy { MaxSurge = "25%" } } },
            Template = new PodTemplate { Containers = [new ContainerDetail { Envs = [new EnvVar { Name = "A" }, new EnvVar { Name = "B" }] }] },
        };
        var ev = new KubeEvent { InvolvedObject = new ResourceRef { Kind = "Pod" } };
        var node = new Node { Metrics = new NodeResourceUsage { Cpu = new NodeResourceMetric { Capacity = new Quantity("8", 8000) } } };

        Read("deployments", "spec.strategy.rollingUpdate.maxSurge", deployment).Should().Be("25%");
        Read("deployments", "spec.selector.matchLabels", deployment).Should().BeNull();
        Read("deployments", "template.containers.envs.name", deployment).Should().BeEquivalentTo(new[] { "A", "B" });
        Read("events", "involvedObject.kind", ev).Should().Be("Pod");
        Read("events", "kind", ev).Should().Be("Pod", "the friendly kind is the involved object's, not CommonMeta's");
        Read("pvcs", "requestedCapacity", new PersistentVolumeClaim { RequestedCapacity = new Quantity("1Gi", 1073741824) }).Should().Be(1073741824.0);
        SchemaRegistry.Default.Find("pvcs")!.Find("requestedCapacity")!.Type.Should().Be(FieldType.Memory);
        SchemaRegistry.Default.Find("pvs")!.Find("capacity")!.Type.Should().Be(FieldType.Memory);
        SchemaRegistry.Default.Find("nodes")!.Find("capacity.cpu")!.Type.Should().Be(FieldType.Cpu);
        SchemaRegistry.Default.Find("nodes")!.Find("capacity.ephemeralStorage")!.Type.Should().Be(FieldType.Memory);
        SchemaRegistry.Default.Find("nodes")!.Find("capacity.pods")!.Type.Should().Be(FieldType.Number, "a pod count is not storage");
        SchemaRegistry.Default.Find("nodes")!.Find("metrics.cpu.capacity")!.Type.Should().Be(FieldType.Cpu);
        SchemaRegistry.Default.Find("nodes")!.Find("spec.podCIDRs")!.IsList.Should().BeTrue();
        Read("nodes", "metrics.cpu.capacity", node).Should().Be(8000.0);
        Read("nodes", "metrics.cpu.capacity", new Node()).Should().BeNull();
        Read("namespaces", "resources.pvcs", new KubeNamespace { Resources = new NamespaceResources { PersistentVolumeClaims = 4 } }).Should().Be(4.0);
    }

    [Test]
    public void The_paths_of_a_class_are_built_once()
    {
        WirePaths.Of<Pod>().Should().BeSameAs(WirePaths.Of<Pod>());
        SchemaRegistry.Default.Find("pods")!.WirePaths.Should().BeSameAs(WirePaths.Of<Pod>());
        WirePaths.Of<Pod>().Keys.Should().OnlyContain(key => key.Split('.').Length <= 6);
    }

    private static object? Read(string kind, string path, object item)
    {
        var field = SchemaRegistry.Default.Find(kind)!.Find(path) ?? throw new AssertionException($"{kind} has no path {path}");
        return SchemaRegistryTests.Read(field, new Row(new RowScope("c1", "c1", new ClusterSnapshot(), Now), item));
    }
}
