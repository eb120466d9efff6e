using Master.DataHub.Snapshots;
using Master.Query.Language.Schema;

namespace Master.Query.Tests.Language.Schema;

/// <summary>The kinds and fields of query-dsl.md ("Resource kinds and fields") are all in the default registry.</summary>
public sealed class SchemaRegistryTests
{
    /// <summary>The spec's table: kind, aliases, namespaced, and the fields it lists beyond the common ones.</summary>
    private static readonly (string Kind, string[] Aliases, bool Namespaced, string[] Fields)[] SpecTable =
    [
        ("pods", ["pod", "po"], true,
        [
            "status", "phase", "reason", "ready", "ready_containers", "total_containers", "restarts", "last_termination_reason", "node",
            "ip", "host_ip", "qos_class", "service_account", "restart_policy", "host_network", "priority_class", "containers.name",
            "containers.image", "containers.state", "containers.restarts", "images", "cpu_request", "cpu_limit", "memory_request",
            "memory_limit", "cpu_usage", "memory_usage", "deployment",
        ]),
        ("nodes", ["node", "no"], false,
        [
            "status", "ready", "unschedulable", "roles", "conditions.type", "conditions.status", "memory_pressure", "disk_pressure",
            "pid_pressure", "network_unavailable", "taints.key", "taints.effect", "kubelet_version", "os_image", "kernel_version",
            "container_runtime", "architecture", "internal_ip", "external_ip", "zone", "region", "instance_type", "cpu_capacity",
            "cpu_allocatable", "memory_capacity", "memory_allocatable", "pods_capacity", "pod_count", "cpu_usage", "memory_usage",
            "cpu_used", "memory_used",
        ]),
        ("deployments", ["deployment", "deploy"], true,
        [
            "replicas", "ready_replicas", "available_replicas", "updated_replicas", "unavailable_replicas", "strategy", "max_surge",
            "max_unavailable", "paused", "rollout", "image", "images", "selector",
        ]),
        ("statefulsets", ["statefulset", "sts"], true,
        [
            "replicas", "ready_replicas", "current_replicas", "updated_replicas", "available_replicas", "current_revision",
            "update_revision", "service_name", "pod_management_policy", "update_strategy", "images",
        ]),
        ("daemonsets", ["daemonset", "ds"], true,
            ["desired", "current", "ready", "updated", "available", "number_unavailable", "misscheduled", "update_strategy", "images"]),
        ("replicasets", ["replicaset", "rs"], true, ["replicas", "ready_replicas", "available_replicas"]),
        ("services", ["service", "svc"], true,
        [
            "type", "cluster_ip", "external_ips", "ports.port", "ports.target_port", "ports.node_port", "ports.protocol", "selector",
            "session_affinity", "external_traffic_policy",
        ]),
        ("ingresses", ["ingress", "ing"], true, ["class", "hosts", "paths", "backends", "tls", "tls_hosts"]),
        ("namespaces", ["namespace", "ns"], false, ["status", "pods", "running_pods", "pending_pods", "failed_pods", "deployments", "services"]),
        ("events", ["event", "ev"], true,
            ["type", "reason", "message", "kind", "object_name", "object_namespace", "object", "count", "first_seen", "last_seen", "source"]),
        ("jobs", ["job"], true,
            ["status", "completions", "parallelism", "active", "succeeded", "failed", "backoff_limit", "start_time", "finish_time", "duration"]),
        ("cronjobs", ["cronjob", "cj"], true,
            ["schedule", "suspend", "active", "last_schedule_time", "last_schedule_age", "last_successful_time", "concurrency_policy"]),
        ("pvcs", ["pvc", "persistentvolumeclaims"], true,
            ["status", "storage_class", "capacity", "requested", "access_modes", "volume_name", "volume_mode"]),
        ("pvs", ["pv", "persistentvolumes"], false, ["status", "capacity", "storage_class", "access_modes", "reclaim_policy", "claim"]),
        ("configmaps", ["configmap", "cm"], true, ["data_keys", "key_count"]),
        ("secrets", ["secret"], true, ["data_keys", "key_count", "type"]),
        ("resourcequotas", ["resourcequota", "quota"], true, []),
        ("limitranges", ["limitrange", "limits"], true, []),
        ("networkpolicies", ["networkpolicy", "netpol"], true, []),
        ("serviceaccounts", ["serviceaccount", "sa"], true, []),
    ];

    private static readonly string[] CommonFields = ["cluster", "name", "uid", "labels", "annotations", "age", "created", "owner_kind", "owner_name"];

    private static IEnumerable<TestCaseData> Kinds() => SpecTable.Select(row => new TestCaseData(row.Kind).SetName($"{{m}}({row.Kind})"));

    [Test]
    public void The_registry_holds_exactly_the_spec_kinds_in_the_spec_order()
    {
        SchemaRegistry.Default.Kinds.Select(kind => kind.Name).Should().Equal(SpecTable.Select(row => row.Kind));
    }

    [TestCaseSource(nameof(Kinds))]
    public void A_kind_is_found_by_its_name_and_every_alias_whatever_the_case(string name)
    {
        var row = SpecTable.Single(entry => entry.Kind == name);
        var kind = SchemaRegistry.Default.Find(name)!;

        kind.Aliases.Should().BeEquivalentTo(row.Aliases);
        kind.Namespaced.Should().Be(row.Namespaced);
        foreach (var alias in row.Aliases.Prepend(name))
        {
            SchemaRegistry.Default.Find(alias).Should().BeSameAs(kind, alias);
            SchemaRegistry.Default.Find(alias.ToUpperInvariant()).Should().BeSameAs(kind, alias.ToUpperInvariant());
            SchemaRegistry.Default.Find(char.ToUpperInvariant(alias[0]) + alias[1..]).Should().BeSameAs(kind);
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public void A_kind_has_every_field_the_spec_lists_for_it_and_the_common_ones(string name)
    {
        var row = SpecTable.Single(entry => entry.Kind == name);
        var kind = SchemaRegistry.Default.Find(name)!;
        var expected = CommonFields.Concat(row.Namespaced ? ["namespace"] : []).Concat(row.Fields).ToList();

        expected.Where(field => kind.Fields.All(def => def.Name != field)).Should().BeEmpty("the spec lists these for {0}", name);
        kind.Fields.Any(def => def.Name == "namespace").Should().Be(row.Namespaced);
        kind.Find(expected[^1].ToUpperInvariant()).Should().NotBeNull("fields are found without regard to case");
    }

    [TestCaseSource(nameof(Kinds))]
    public void The_default_columns_start_with_cluster_and_are_fields_of_the_kind(string name)
    {
        var kind = SchemaRegistry.Default.Find(name)!;

        kind.DefaultColumns[0].Should().Be("cluster");
        kind.DefaultColumns.Should().Contain(name == "events" ? "object" : "name", "a row must say what it is about").And.OnlyHaveUniqueItems();
        kind.DefaultColumns.Should().OnlyContain(column => kind.Fields.Any(def => def.Name == column));
    }

    [TestCaseSource(nameof(Kinds))]
    public void Every_getter_has_the_delegate_type_its_field_type_promises_and_reads_missing_text_as_null(string name)
    {
        var kind = SchemaRegistry.Default.Find(name)!;
        var item = kind.Items(EmptyObjectOfEveryKind()).Single();
        var row = new Row(new RowScope("c1", "c1", new ClusterSnapshot(), 1_750_000_000), item);

        foreach (var field in kind.Fields.Concat(kind.WirePaths.Values))
        {
            var read = () => Read(field, row);
            read.Should().NotThrow("{0}.{1} is a {2}{3}", name, field.Name, field.Type, field.IsList ? " list" : string.Empty);
            if (field.Name != "cluster" && !field.IsList && field.Type is FieldType.Text or FieldType.Map)
            {
                read().Should().BeNull("{0}.{1} of an empty object is missing", name, field.Name);
            }
        }
    }

    [Test]
    public void Enum_fields_know_their_values_and_text_fields_know_none()
    {
        var registry = SchemaRegistry.Default;

        registry.Find("services")!.Find("type")!.EnumValues.Should().Equal("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");
        registry.Find("jobs")!.Find("status")!.EnumValues.Should().Equal("Running", "Complete", "Failed");
        registry.Find("pvcs")!.Find("status")!.EnumValues.Should().Equal("Pending", "Bound", "Lost");
        registry.Find("pvs")!.Find("status")!.EnumValues.Should().Equal("Available", "Bound", "Released", "Failed", "Pending");
        registry.Find("namespaces")!.Find("status")!.EnumValues.Should().Equal("Active", "Terminating");
        registry.Find("events")!.Find("type")!.EnumValues.Should().Equal("Normal", "Warning");
        registry.Find("deployments")!.Find("rollout")!.EnumValues.Should().Equal("Available", "Progressing", "Failed", "Unknown");
        registry.Find("events")!.Find("message")!.Type.Should().Be(FieldType.Text);
        registry.Find("events")!.Find("message")!.EnumValues.Should().BeEmpty();
    }

    [Test]
    public void Fields_carry_the_types_of_the_spec()
    {
        var registry = SchemaRegistry.Default;

        registry.Find("deployments")!.Find("age")!.Type.Should().Be(FieldType.Duration);
        registry.Find("deployments")!.Find("created")!.Type.Should().Be(FieldType.Time);
        registry.Find("deployments")!.Find("selector")!.Type.Should().Be(FieldType.Map);
        registry.Find("deployments")!.Find("paused")!.Type.Should().Be(FieldType.Bool);
        registry.Find("deployments")!.Find("images")!.IsList.Should().BeTrue();
        registry.Find("pvcs")!.Find("capacity")!.Type.Should().Be(FieldType.Memory);
        registry.Find("pvs")!.Find("capacity")!.Type.Should().Be(FieldType.Memory);
        registry.Find("events")!.Find("last_seen")!.Type.Should().Be(FieldType.Time);
        registry.Find("jobs")!.Find("duration")!.Type.Should().Be(FieldType.Duration);
        registry.Find("cronjobs")!.Find("last_schedule_age")!.Type.Should().Be(FieldType.Duration);
        registry.Find("ingresses")!.Find("tls")!.Type.Should().Be(FieldType.Bool);
        registry.Find("services")!.Find("ports.port")!.Should().Match<FieldDef>(field => field.IsList && field.Type == FieldType.Int);
        registry.Find("services")!.Find("external_ip")!.Should().Match<FieldDef>(field => !field.IsList && field.Type == FieldType.Text);
    }

    [Test]
    public void Events_come_newest_first_and_other_kinds_in_name_order()
    {
        SchemaRegistry.Default.Find("events")!.DefaultSort.Should().Be(new SortDefault("last_seen", true));
        SchemaRegistry.Default.Find("events")!.DefaultColumns.Should()
            .Equal("cluster", "namespace", "last_seen", "type", "reason", "object", "message");
        SchemaRegistry.Default.Find("deployments")!.DefaultColumns.Should()
            .Equal("cluster", "namespace", "name", "ready_replicas", "replicas", "updated_replicas", "available_replicas", "age");
        SchemaRegistry.Default.Kinds.Where(kind => kind.Name != "events").Should().OnlyContain(kind => kind.DefaultSort == null);
    }

    /// <summary>Reads a field through the typed accessor its type and shape call for, as the executor does.</summary>
    internal static object? Read(FieldDef field, Row row) => (field.IsList, field.Type) switch
    {
        (true, FieldType.Bool) => field.BoolList(row),
        (true, var type) when type.IsNumeric() => field.NumberList(row),
        (true, _) => field.TextList(row),
        (false, FieldType.Bool) => field.Bool(row),
        (false, FieldType.Map) => field.Map(row),
        (false, var type) when type.IsNumeric() => field.Number(row),
        _ => field.Text(row),
    };

    private static ClusterSnapshot EmptyObjectOfEveryKind() => new()
    {
        Pods = [new Pod()],
        Nodes = [new Node()],
        Deployments = [new Deployment()],
        StatefulSets = [new StatefulSet()],
        DaemonSets = [new DaemonSet()],
        ReplicaSets = [new ReplicaSet()],
        Services = [new Service()],
        Ingresses = [new Ingress()],
        Namespaces = [new KubeNamespace()],
        Events = [new KubeEvent()],
        Jobs = [new Job()],
        CronJobs = [new CronJob()],
        PersistentVolumeClaims = [new PersistentVolumeClaim()],
        PersistentVolumes = [new PersistentVolume()],
        ConfigMaps = [new ConfigMap()],
        Secrets = [new Secret()],
        ResourceQuotas = [new ResourceQuota()],
        LimitRanges = [new LimitRange()],
        NetworkPolicies = [new NetworkPolicy()],
        ServiceAccounts = [new ServiceAccount()],
    };
}
