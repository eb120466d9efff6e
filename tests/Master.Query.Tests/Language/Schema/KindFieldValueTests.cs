using Master.DataHub.Snapshots;
using Master.Query.Language.Schema;

namespace Master.Query.Tests.Language.Schema;

/// <summary>The friendly fields read the right values from objects as the Processor leaves them.</summary>
public sealed class KindFieldValueTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 12, 6, 0, 0, TimeSpan.Zero);
    private static readonly double Now = At.ToUnixTimeSeconds();

    [Test]
    public void Pods_read_summary_status_derived_values_and_usage_in_base_units()
    {
        var pod = new Pod
        {
            Summary = new PodSummary { Name = "api-1", Namespace = "shop", NodeName = "worker-a", OwnerKind = "ReplicaSet", CreatedAt = Ago(TimeSpan.FromHours(2)) },
            Spec = new PodSpec { RestartPolicy = "Always", DnsPolicy = "ClusterFirst" },
            Status = new PodStatus
            {
                Phase = "Running",
                QosClass = "Burstable",
                Reason = string.Empty,
                CpuUsage = new Quantity("12873401n", 12.873401),
                MemoryUsage = new Quantity("81244Ki", 81244 * 1024.0),
            },
            Containers = [new PodContainer { Name = "api", Image = "shop/api:1.8", RestartCount = 2 }, new PodContainer { Name = "side", Image = string.Empty }],
            Derived = new PodDerived { Status = "CrashLoopBackOff", Restarts = 2, CpuRequest = 250, Images = ["shop/api:1.8"], Deployment = "api" },
        };

        Value("pods", "status", pod).Should().Be("CrashLoopBackOff");
        Value("pods", "phase", pod).Should().Be("Running");
        Value("pods", "reason", pod).Should().BeNull("the agent's empty reason is unset");
        Value("pods", "owner_name", pod).Should().BeNull();
        Value("pods", "node", pod).Should().Be("worker-a");
        Value("pods", "restarts", pod).Should().Be(2.0);
        Value("pods", "cpu_request", pod).Should().Be(250.0);
        Value("pods", "cpu_usage", pod).Should().Be(12.873401);
        Value("pods", "memory_usage", pod).Should().Be(83193856.0);
        Value("pods", "containers.image", pod).Should().BeEquivalentTo(new[] { "shop/api:1.8" }, "an empty image is left out");
        Value("pods", "containers.restarts", pod).Should().BeEquivalentTo(new[] { 2.0, 0.0 }, options => options.WithStrictOrdering());
        Value("pods", "deployment", pod).Should().Be("api");
        Value("pods", "age", pod).Should().Be(7200.0);
        Value("pods", "age", pod, Now + 60).Should().Be(7260.0, "age is measured from the instant the query runs");
    }

    [Test]
    public void Deployments_read_counts_strategy_rollout_template_and_selector()
    {
        var deployment = new Deployment
        {
            Summary = new DeploymentSummary { Name = "api", Namespace = "shop", Strategy = "RollingUpdate", Replicas = 3, Paused = true, CreatedAt = Ago(TimeSpan.FromDays(7)) },
            Spec = new DeploymentSpec
            {
                Replicas = 3,
                Selector = new LabelSelector { MatchLabels = new() { ["app"] = "api" } },
                Strategy = new DeploymentStrategy { Type = "RollingUpdate", RollingUpdate = new RollingUpdateStrategy { MaxSurge = "25%", MaxUnavailable = "1" } },
            },
            Template = new PodTemplate { Containers = [new ContainerDetail { Image = "shop/api:2" }, new ContainerDetail { Image = "envoy:1.30" }] },
            Status = new DeploymentStatus { Replicas = 3, ReadyReplicas = 2, AvailableReplicas = 2, UpdatedReplicas = 1, UnavailableReplicas = 1 },
            Rollout = new DeploymentRollout { Phase = "Progressing" },
            Derived = new WorkloadDerived { Images = ["shop/api:2", "envoy:1.30"] },
        };

        Value("deploy", "replicas", deployment).Should().Be(3.0);
        Value("deploy", "ready_replicas", deployment).Should().Be(2.0);
        Value("deploy", "available_replicas", deployment).Should().Be(2.0);
        Value("deploy", "updated_replicas", deployment).Should().Be(1.0);
        Value("deploy", "unavailable_replicas", deployment).Should().Be(1.0);
        Value("deploy", "strategy", deployment).Should().Be("RollingUpdate");
        Value("deploy", "max_surge", deployment).Should().Be("25%");
        Value("deploy", "max_unavailable", deployment).Should().Be("1");
        Value("deploy", "paused", deployment).Should().Be(true);
        Value("deploy", "rollout", deployment).Should().Be("Progressing");
        Value("deploy", "image", deployment).Should().Be("shop/api:2");
        Value("deploy", "images", deployment).Should().BeEquivalentTo(new[] { "shop/api:2", "envoy:1.30" }, options => options.WithStrictOrdering());
        Value("deploy", "selector", deployment).Should().BeEquivalentTo(new Dictionary<string, string> { ["app"] = "api" });
        Value("deploy", "annotations", deployment).Should().BeNull("an empty map is missing");
        Value("deploy", "age", deployment).Should().Be(7 * 86400.0);
        Value("deploy", "rollout", new Deployment()).Should().BeNull();
    }

    [Test]
    public void Stateful_sets_and_daemon_sets_read_their_status_counts_and_strategies()
    {
        var statefulSet = new StatefulSet
        {
            Summary = new StatefulSetSummary { Name = "db", Namespace = "shop", Replicas = 3 },
            Spec = new StatefulSetSpec { ServiceName = "db-headless", PodManagementPolicy = "Parallel", UpdateStrategy = new UpdateStrategy { Type = "OnDelete" } },
            Status = new StatefulSetStatus { ReadyReplicas = 2, CurrentReplicas = 3, UpdatedReplicas = 1, AvailableReplicas = 2, CurrentRevision = "db-1", UpdateRevision = "db-2" },
            Derived = new WorkloadDerived { Images = ["postgres:16"] },
        };
        var daemonSet = new DaemonSet
        {
            Summary = new DaemonSetSummary { Name = "agent", Namespace = "kube-system" },
            Spec = new DaemonSetSpec { UpdateStrategy = new UpdateStrategy { Type = "RollingUpdate" } },
            Status = new DaemonSetStatus
            {
                DesiredNumberScheduled = 5,
                CurrentNumberScheduled = 4,
                NumberReady = 3,
                UpdatedNumberScheduled = 2,
                NumberAvailable = 3,
                NumberUnavailable = 2,
                NumberMisscheduled = 1,
            },
        };

        Value("sts", "replicas", statefulSet).Should().Be(3.0);
        Value("sts", "ready_replicas", statefulSet).Should().Be(2.0);
        Value("sts", "current_replicas", statefulSet).Should().Be(3.0);
        Value("sts", "updated_replicas", statefulSet).Should().Be(1.0);
        Value("sts", "available_replicas", statefulSet).Should().Be(2.0);
        Value("sts", "current_revision", statefulSet).Should().Be("db-1");
        Value("sts", "update_revision", statefulSet).Should().Be("db-2");
        Value("sts", "service_name", statefulSet).Should().Be("db-headless");
        Value("sts", "pod_management_policy", statefulSet).Should().Be("Parallel");
        Value("sts", "update_strategy", statefulSet).Should().Be("OnDelete");
        Value("sts", "images", statefulSet).Should().BeEquivalentTo(new[] { "postgres:16" });
        Value("ds", "desired", daemonSet).Should().Be(5.0);
        Value("ds", "current", daemonSet).Should().Be(4.0);
        Value("ds", "ready", daemonSet).Should().Be(3.0);
        Value("ds", "updated", daemonSet).Should().Be(2.0);
        Value("ds", "available", daemonSet).Should().Be(3.0);
        Value("ds", "number_unavailable", daemonSet).Should().Be(2.0);
        Value("ds", "misscheduled", daemonSet).Should().Be(1.0);
        Value("ds", "update_strategy", daemonSet).Should().Be("RollingUpdate");
        Value("ds", "images", daemonSet).Should().BeEquivalentTo(Array.Empty<string>(), "a daemon set the Processor has not derived has no images");
        Value("ds", "namespace", daemonSet).Should().Be("kube-system");
    }

    [Test]
    public void Replica_sets_read_their_counts_and_owner()
    {
        var replicaSet = new ReplicaSet { Name = "api-5c8", Namespace = "shop", Uid = "u-1", OwnerKind = "Deployment", OwnerName = "api", Replicas = 3, ReadyReplicas = 2, AvailableReplicas = 1 };

        Value("rs", "replicas", replicaSet).Should().Be(3.0);
        Value("rs", "ready_replicas", replicaSet).Should().Be(2.0);
        Value("rs", "available_replicas", replicaSet).Should().Be(1.0);
        Value("rs", "owner_kind", replicaSet).Should().Be("Deployment");
        Value("rs", "owner_name", replicaSet).Should().Be("api");
        Value("rs", "uid", replicaSet).Should().Be("u-1");
    }

    [Test]
    public void Services_read_type_addresses_ports_and_policies()
    {
        var service = new Service
        {
            Summary = new ServiceSummary { Name = "web", Namespace = "shop", ClusterIP = "10.43.0.10" },
            Spec = new ServiceSpec { Type = "LoadBalancer", SessionAffinity = "ClientIP", ExternalTrafficPolicy = "Local", ExternalIPs = ["198.51.100.7"] },
            Network = new ServiceNetwork { LoadBalancerIngress = ["203.0.113.5"] },
            Ports =
            [
                new ServicePort { Port = 80, TargetPort = "http", NodePort = 30080, Protocol = "TCP" },
                new ServicePort { Port = 53, TargetPort = "5353", Protocol = "UDP" },
            ],
            Selector = new() { ["app"] = "web" },
        };
        var internalOnly = new Service { Spec = new ServiceSpec { Type = "ClusterIP", ClusterIPs = ["10.43.0.11"] } };

        Value("svc", "type", service).Should().Be("LoadBalancer");
        Value("svc", "cluster_ip", service).Should().Be("10.43.0.10");
        Value("svc", "cluster_ip", internalOnly).Should().Be("10.43.0.11", "the spec's list stands in for the optional summary address");
        Value("svc", "external_ips", service).Should().BeEquivalentTo(new[] { "203.0.113.5", "198.51.100.7" }, options => options.WithStrictOrdering());
        Value("svc", "external_ip", service).Should().Be("203.0.113.5");
        Value("svc", "external_ip", internalOnly).Should().BeNull();
        Value("svc", "ports.port", service).Should().BeEquivalentTo(new[] { 80.0, 53.0 }, options => options.WithStrictOrdering());
        Value("svc", "ports.target_port", service).Should().BeEquivalentTo(new[] { "http", "5353" }, options => options.WithStrictOrdering());
        Value("svc", "ports.node_port", service).Should().BeEquivalentTo(new[] { 30080.0 }, "0 means no node port");
        Value("svc", "ports.protocol", service).Should().BeEquivalentTo(new[] { "TCP", "UDP" });
        Value("svc", "selector", service).Should().BeEquivalentTo(new Dictionary<string, string> { ["app"] = "web" });
        Value("svc", "session_affinity", service).Should().Be("ClientIP");
        Value("svc", "external_traffic_policy", service).Should().Be("Local");
    }

    [Test]
    public void Ingresses_read_class_hosts_paths_backends_and_tls()
    {
        var ingress = new Ingress
        {
            Summary = new IngressSummary { Name = "shop", Namespace = "shop", Hosts = ["shop.example.com"] },
            Spec = new IngressSpec
            {
                IngressClassName = "nginx",
                Rules =
                [
                    new IngressRule
                    {
                        Host = "shop.example.com",
                        Paths =
                        [
                            new IngressPath { Path = "/", Backend = new IngressBackend { Type = "Service", Service = new IngressServiceBackend { Name = "web", PortNumber = 80 } } },
                            new IngressPath { Path = "/api", Backend = new IngressBackend { Type = "Service", Service = new IngressServiceBackend { Name = "api", PortName = "http" } } },
                        ],
                    },
                    new IngressRule { Host = "admin.example.com", Paths = [new IngressPath { Path = "/admin" }] },
                ],
                Tls = [new IngressTls { Hosts = ["shop.example.com"], SecretName = "shop-tls" }],
            },
        };

        Value("ing", "class", ingress).Should().Be("nginx");
        Value("ing", "hosts", ingress).Should().BeEquivalentTo(new[] { "shop.example.com", "admin.example.com" }, options => options.WithStrictOrdering());
        Value("ing", "host", ingress).Should().BeEquivalentTo(new[] { "shop.example.com", "admin.example.com" });
        Value("ing", "paths", ingress).Should().BeEquivalentTo(new[] { "/", "/api", "/admin" }, options => options.WithStrictOrdering());
        Value("ing", "backends", ingress).Should().BeEquivalentTo(new[] { "web:80", "api:http" }, options => options.WithStrictOrdering());
        Value("ing", "tls", ingress).Should().Be(true);
        Value("ing", "tls", new Ingress()).Should().Be(false);
        Value("ing", "tls_hosts", ingress).Should().BeEquivalentTo(new[] { "shop.example.com" });
    }

    [Test]
    public void Namespaces_read_their_phase_and_the_agents_counts()
    {
        var ns = new KubeNamespace
        {
            Summary = new NamespaceSummary { Name = "shop", CreatedAt = Ago(TimeSpan.FromDays(1)) },
            Status = new NamespaceStatus { Phase = "Active" },
            Resources = new NamespaceResources { Pods = 9, PodsRunning = 6, PodsPending = 2, PodsFailed = 1, Deployments = 4, Services = 3 },
        };

        Value("ns", "name", ns).Should().Be("shop");
        Value("ns", "status", ns).Should().Be("Active");
        Value("ns", "pods", ns).Should().Be(9.0);
        Value("ns", "running_pods", ns).Should().Be(6.0);
        Value("ns", "pending_pods", ns).Should().Be(2.0);
        Value("ns", "failed_pods", ns).Should().Be(1.0);
        Value("ns", "deployments", ns).Should().Be(4.0);
        Value("ns", "services", ns).Should().Be(3.0);
        Value("ns", "age", ns).Should().Be(86400.0);
    }

    [Test]
    public void Events_read_the_involved_object_and_fall_back_for_unset_timestamps()
    {
        var first = At.AddMinutes(-30);
        var last = At.AddMinutes(-5);
        var ev = new KubeEvent
        {
            Name = "api-1.18480c2d",
            Namespace = "shop",
            Type = "Warning",
            Reason = "BackOff",
            Message = "Back-off restarting failed container api",
            Source = "kubelet",
            Count = 3,
            InvolvedObject = new ResourceRef { Kind = "Pod", Namespace = "shop", Name = "api-1" },
            CreatedAt = Timestamp.At(first),
            FirstTimestamp = Timestamp.At(first),
            LastTimestamp = Timestamp.At(last),
        };
        var firstOnly = new KubeEvent { FirstTimestamp = Timestamp.At(first), CreatedAt = Timestamp.At(At.AddHours(-1)) };
        var createdOnly = new KubeEvent { CreatedAt = Timestamp.At(At.AddHours(-1)) };

        Value("ev", "type", ev).Should().Be("Warning");
        Value("ev", "reason", ev).Should().Be("BackOff");
        Value("ev", "message", ev).Should().Be("Back-off restarting failed container api");
        Value("ev", "kind", ev).Should().Be("Pod");
        Value("ev", "object_name", ev).Should().Be("api-1");
        Value("ev", "object_namespace", ev).Should().Be("shop");
        Value("ev", "object", ev).Should().Be("Pod/api-1");
        Value("ev", "object", createdOnly).Should().BeNull();
        Value("ev", "count", ev).Should().Be(3.0);
        Value("ev", "source", ev).Should().Be("kubelet");
        Value("ev", "first_seen", ev).Should().Be(Seconds(first));
        Value("ev", "last_seen", ev).Should().Be(Seconds(last));
        Value("ev", "last_seen", firstOnly).Should().Be(Seconds(first));
        Value("ev", "last_seen", createdOnly).Should().Be(Seconds(At.AddHours(-1)));
        Value("ev", "last_seen", new KubeEvent()).Should().BeNull();
    }

    [Test]
    public void Jobs_are_complete_failed_or_running_and_a_running_job_lasts_until_now()
    {
        var complete = new Job { Complete = true, Succeeded = 1, Completions = 1, StartTime = Ago(TimeSpan.FromMinutes(10)), FinishTime = Ago(TimeSpan.FromMinutes(7)) };
        var failedByCondition = new Job
        {
            Failed = 1,
            BackoffLimit = 6,
            StartTime = Ago(TimeSpan.FromMinutes(10)),
            Conditions = [new WorkloadCondition { Type = "Failed", Status = "True", LastTransitionTime = Ago(TimeSpan.FromMinutes(4)) }],
        };
        var failedByRetries = new Job { Failed = 3, BackoffLimit = 2 };
        var running = new Job { Active = 2, Parallelism = 2, Completions = 5, BackoffLimit = 6, StartTime = Ago(TimeSpan.FromMinutes(2)) };

        Value("job", "status", complete).Should().Be("Complete");
        Value("job", "status", failedByCondition).Should().Be("Failed");
        Value("job", "status", failedByRetries).Should().Be("Failed");
        Value("job", "status", running).Should().Be("Running");
        Value("job", "duration", complete).Should().Be(180.0);
        Value("job", "duration", complete, Now + 3600).Should().Be(180.0, "a finished job's duration does not grow");
        Value("job", "duration", failedByCondition).Should().Be(360.0, "a failed job ends when its Failed condition turned True");
        Value("job", "duration", running).Should().Be(120.0);
        Value("job", "duration", running, Now + 60).Should().Be(180.0);
        Value("job", "duration", failedByRetries).Should().BeNull("a job that never started has no duration");
        Value("job", "start_time", running).Should().Be(Now - 120);
        Value("job", "finish_time", running).Should().BeNull();
        Value("job", "finish_time", complete).Should().Be(Now - 420);
        Value("job", "active", running).Should().Be(2.0);
        Value("job", "parallelism", running).Should().Be(2.0);
        Value("job", "completions", running).Should().Be(5.0);
        Value("job", "succeeded", complete).Should().Be(1.0);
        Value("job", "failed", failedByRetries).Should().Be(3.0);
        Value("job", "backoff_limit", running).Should().Be(6.0);
    }

    [Test]
    public void Cron_jobs_read_their_schedule_and_how_long_ago_they_last_ran()
    {
        var cronJob = new CronJob
        {
            Schedule = "0 3 * * *",
            Suspend = true,
            ActiveJobs = 1,
            ConcurrencyPolicy = "Forbid",
            LastScheduleTime = Ago(TimeSpan.FromHours(3)),
            LastSuccessfulTime = Ago(TimeSpan.FromDays(1)),
        };

        Value("cj", "schedule", cronJob).Should().Be("0 3 * * *");
        Value("cj", "suspend", cronJob).Should().Be(true);
        Value("cj", "active", cronJob).Should().Be(1.0);
        Value("cj", "concurrency_policy", cronJob).Should().Be("Forbid");
        Value("cj", "last_schedule_time", cronJob).Should().Be(Now - 10800);
        Value("cj", "last_schedule_age", cronJob).Should().Be(10800.0);
        Value("cj", "last_schedule_age", cronJob, Now + 600).Should().Be(11400.0);
        Value("cj", "last_schedule_age", new CronJob()).Should().BeNull("a cron job that never ran has no age of its last run");
        Value("cj", "last_successful_time", cronJob).Should().Be(Now - 86400);
    }

    [Test]
    public void Claims_and_volumes_read_phases_capacities_in_bytes_and_the_bound_claim()
    {
        var claim = new PersistentVolumeClaim
        {
            Phase = "Bound",
            StorageClass = "fast",
            VolumeName = "pv-1",
            VolumeMode = "Filesystem",
            AccessModes = ["ReadWriteOnce"],
            RequestedCapacity = new Quantity("10Gi", 10737418240),
            ActualCapacity = new Quantity("20Gi", 21474836480),
        };
        var volume = new PersistentVolume
        {
            Name = "pv-1",
            Phase = "Bound",
            Capacity = new Quantity("20Gi", 21474836480),
            StorageClass = "fast",
            AccessModes = ["ReadWriteOnce", "ReadOnlyMany"],
            ReclaimPolicy = "Retain",
            ClaimRefNamespace = "shop",
            ClaimRefName = "data",
        };

        Value("pvc", "status", claim).Should().Be("Bound");
        Value("pvc", "storage_class", claim).Should().Be("fast");
        Value("pvc", "capacity", claim).Should().Be(21474836480.0);
        Value("pvc", "requested", claim).Should().Be(10737418240.0);
        Value("pvc", "capacity", new PersistentVolumeClaim { ActualCapacity = Quantity.FromRaw("") }).Should().BeNull();
        Value("pvc", "access_modes", claim).Should().BeEquivalentTo(new[] { "ReadWriteOnce" });
        Value("pvc", "volume_name", claim).Should().Be("pv-1");
        Value("pvc", "volume_mode", claim).Should().Be("Filesystem");
        Value("pv", "status", volume).Should().Be("Bound");
        Value("pv", "capacity", volume).Should().Be(21474836480.0);
        Value("pv", "storage_class", volume).Should().Be("fast");
        Value("pv", "access_modes", volume).Should().BeEquivalentTo(new[] { "ReadWriteOnce", "ReadOnlyMany" });
        Value("pv", "reclaim_policy", volume).Should().Be("Retain");
        Value("pv", "claim", volume).Should().Be("shop/data");
        Value("pv", "claim", new PersistentVolume { Phase = "Available" }).Should().BeNull();
    }

    [Test]
    public void Config_maps_and_secrets_read_their_keys_never_values()
    {
        var configMap = new ConfigMap { Name = "settings", DataKeys = ["a.yaml", "b.yaml"] };
        var secret = new Secret { Name = "tls", Type = "kubernetes.io/tls", DataKeys = ["tls.crt", "tls.key", "ca.crt"] };

        Value("cm", "data_keys", configMap).Should().BeEquivalentTo(new[] { "a.yaml", "b.yaml" });
        Value("cm", "key_count", configMap).Should().Be(2.0);
        Value("secret", "type", secret).Should().Be("kubernetes.io/tls");
        Value("secret", "data_keys", secret).Should().BeEquivalentTo(new[] { "tls.crt", "tls.key", "ca.crt" });
        Value("secret", "key_count", secret).Should().Be(3.0);
    }

    [Test]
    public void Quotas_limit_ranges_policies_and_accounts_read_their_friendly_fields()
    {
        var quota = new ResourceQuota
        {
            Name = "compute",
            Hard = new() { ["requests.cpu"] = new Quantity("4", 4000), ["limits.memory"] = new Quantity("8Gi", 8589934592), ["pods"] = new Quantity("20", 20) },
            Used = new() { ["cpu"] = new Quantity("1500m", 1500), ["pods"] = new Quantity("7", 7) },
        };
        var limitRange = new LimitRange
        {
            Items =
            [
                new LimitRangeItem { Type = "Pod", Max = new() { ["cpu"] = new Quantity("4", 4000) } },
                new LimitRangeItem
                {
                    Type = "Container",
                    Default = new() { ["cpu"] = new Quantity("500m", 500), ["memory"] = new Quantity("512Mi", 536870912) },
                    DefaultRequest = new() { ["cpu"] = new Quantity("100m", 100) },
                },
            ],
        };
        var policy = new NetworkPolicy
        {
            PodSelector = "{\"matchLabels\":{\"app\":\"api\"}}",
            PolicyTypes = ["Ingress", "Egress"],
            IngressRuleCount = 2,
            EgressRuleCount = 1,
        };
        var account = new ServiceAccount { Name = "api", SecretsCount = 2, ImagePullSecretsCount = 1, AutomountServiceAccountToken = false, SecretNames = ["api-token"] };

        Value("quota", "cpu_request_hard", quota).Should().Be(4000.0);
        Value("quota", "cpu_request_used", quota).Should().Be(1500.0, "a bare cpu key is requests.cpu");
        Value("quota", "memory_limit_hard", quota).Should().Be(8589934592.0);
        Value("quota", "memory_limit_used", quota).Should().BeNull();
        Value("quota", "pods_hard", quota).Should().Be(20.0);
        Value("quota", "pods_used", quota).Should().Be(7.0);
        Value("quota", "resources", quota).Should().BeEquivalentTo(new[] { "requests.cpu", "limits.memory", "pods" });
        Value("limits", "types", limitRange).Should().BeEquivalentTo(new[] { "Pod", "Container" }, options => options.WithStrictOrdering());
        Value("limits", "default_cpu_limit", limitRange).Should().Be(500.0);
        Value("limits", "default_memory_limit", limitRange).Should().Be(536870912.0);
        Value("limits", "default_cpu_request", limitRange).Should().Be(100.0);
        Value("limits", "default_memory_request", limitRange).Should().BeNull();
        Value("netpol", "pod_selector", policy).Should().Be("{\"matchLabels\":{\"app\":\"api\"}}");
        Value("netpol", "pod_selector", new NetworkPolicy()).Should().BeNull("the agent omits the empty selector");
        Value("netpol", "policy_types", policy).Should().BeEquivalentTo(new[] { "Ingress", "Egress" });
        Value("netpol", "ingress_rules", policy).Should().Be(2.0);
        Value("netpol", "egress_rules", policy).Should().Be(1.0);
        Value("sa", "secrets", account).Should().Be(2.0);
        Value("sa", "image_pull_secrets", account).Should().Be(1.0);
        Value("sa", "automount", account).Should().Be(false);
        Value("sa", "automount", new ServiceAccount()).Should().BeNull("an unset automount flag is missing, not false");
        Value("sa", "secret_names", account).Should().BeEquivalentTo(new[] { "api-token" });
    }

    [Test]
    public void Empty_text_is_null_on_every_kind()
    {
        Value("deploy", "max_surge", new Deployment { Spec = new DeploymentSpec { Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateStrategy() } } })
            .Should().BeNull();
        Value("deploy", "image", new Deployment { Template = new PodTemplate { Containers = [new ContainerDetail()] } }).Should().BeNull();
        Value("svc", "session_affinity", new Service()).Should().BeNull();
        Value("ev", "source", new KubeEvent { Source = string.Empty }).Should().BeNull();
        Value("secret", "type", new Secret()).Should().BeNull();
        Value("cm", "namespace", new ConfigMap { Namespace = string.Empty }).Should().BeNull();
        Value("cm", "data_keys", new ConfigMap { DataKeys = ["a", string.Empty] }).Should().BeEquivalentTo(new[] { "a" });
        Value("pvc", "labels", new PersistentVolumeClaim()).Should().BeNull();
    }

    private static Timestamp Ago(TimeSpan span) => Timestamp.At(At - span);

    private static double Seconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds();

    private static object? Value(string kind, string field, object item, double? now = null)
    {
        var def = SchemaRegistry.Default.Find(kind)!.Find(field) ?? throw new AssertionException($"{kind} has no field {field}");
        return SchemaRegistryTests.Read(def, new Row(new RowScope("c1", "c1", new ClusterSnapshot(), now ?? Now), item));
    }
}
