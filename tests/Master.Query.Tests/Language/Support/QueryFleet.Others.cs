namespace Master.Query.Tests.Language.Support;

internal static partial class QueryFleet
{
    /// <summary>
    /// The restarts of dev's eighteen flaky CI pods (<c>ci/flaky-test-01</c> ...): with the other clusters' restarting pods
    /// they make 23 pods with more than 5 restarts outside kube-system, all with different counts, so that #5's
    /// <c>limit(20)</c> cuts three and its order is unambiguous.
    /// </summary>
    public static IReadOnlyList<int> DevFlakyRestarts { get; } = [6, 8, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27];

    /// <summary>prod-eu: matched by prod-* and prod-.*, and named in #26.</summary>
    public static SnapshotJsonBuilder BuildProdEu()
    {
        var s = new SnapshotJsonBuilder(ProdEu, Now);

        // #26: eu-node-2 is NotReady. #8: 85% memory is not above 90%. #27: a node named like prod's Node1, with a pod in a
        // namespace that prod's Node1 does not have.
        s.Node("eu-node-1", n => n.Zone("eu-west-1a").UsagePercent(30, 70).Kubelet("v1.29.6"), "10.1.0.11")
            .Node("eu-node-2", n => n.Zone("eu-west-1b").Ready("False").UsagePercent(10, 85).Kubelet("v1.29.6"), "10.1.0.12")
            .Node(Node1, n => n.Zone("eu-west-1a").UsagePercent(20, 40).Kubelet("v1.29.6"), "10.1.1.23");

        s.Deployment("default", "web-eu", d => d.Replicas(2, 1).Images("nginx:1.25"));

        // #6: web-eu-1 (app=web) matches web.*; my-web-1 only would unanchored; aws-node has no app label.
        // #5, #25: 15 restarts. #11: nginx:latest, but not in prod.
        s.Pod("default", "web-eu-1", p => p.Node("eu-node-1").Labels(("app", "web")).Created(Days(6))
                .Container("web", "nginx:latest", restarts: 15).Requests("250m", "256Mi").Usage("40m", "131072Ki"))
            .Pod("shop", "my-web-1", p => p.Node("eu-node-1").Labels(("app", "my-web")).Created(Days(6))
                .Container("web", "nginx:1.25").Requests("100m", "128Mi"))
            .Pod("kube-system", "aws-node-q7w2e", p => p.Node("eu-node-2").OwnedBy("DaemonSet", "aws-node")
                .Labels(("k8s-app", "aws-node")).Created(Days(40)).Container("aws-node", "amazon-k8s-cni:v1.18.3").Requests("25m", "64Mi"))
            // #27: on the node named like prod's. #28: BestEffort, but not in prod.
            .Pod("payments", "pay-eu-1", p => p.Node(Node1).Labels(("app", "pay")).Created(Days(1))
                .Container("pay", "registry.corp/payments/pay:3.0"))
            // #7: a checkout pod that is not Running, in the wrong cluster. #25: 3 restarts is not > 3.
            .Pod("shop", "checkout-eu-1", p => p.Node("eu-node-1").Created(Days(1))
                .Labels(("app", "checkout"), ("app.kubernetes.io/name", "checkout"))
                .Container("checkout", "registry.corp/shop/checkout:2.4.1", restarts: 3, state: "waiting", reason: "CrashLoopBackOff")
                .Requests("250m", "256Mi"));

        // #16, #17 (aws-node 3/2 matches, node-exporter does not), #18, #19, #20, #21, #22, #23: near misses in the wrong cluster.
        s.StatefulSet("shop", "redis-eu", x => x.Replicas(3, 2))
            .DaemonSet("kube-system", "aws-node", x => x.Scheduled(3, 2).Image("amazon-k8s-cni:v1.18.3"))
            .DaemonSet("monitoring", "node-exporter", x => x.Scheduled(3, 3))
            .Service("shop", "web-eu-lb", x => x.Type("LoadBalancer"))
            .Ingress("default", "eu-site", x => x.Hosts("eu.example.com"))
            .Namespace("old-ns", n => n.Terminating().Created(Days(5)))
            .Job("batch", "import-eu", j => j.Pods(0, 3).Created(Hours(2)))
            .CronJob("batch", "eu-report", c => c.LastScheduled(Days(5)))
            .Pvc("shop", "eu-data", v => v.Pending("5Gi"))
            .Event("default", "BackOff", e => e.Warning().About("Pod", "web-eu-1").LastSeen(Minutes(1)));
        return s;
    }

    /// <summary>prod-us: matched by prod-* and prod-.*, and named in #26.</summary>
    public static SnapshotJsonBuilder BuildProdUs()
    {
        var s = new SnapshotJsonBuilder(ProdUs, Now);

        // #26: us-node-1 is cordoned (status Ready,SchedulingDisabled). #8: us-node-2 has disk pressure at 55% memory.
        s.Node("us-node-1", n => n.Zone("us-west-2a").Cordoned().UsagePercent(20, 50).Kubelet("v1.30.2"), "10.2.0.11")
            .Node("us-node-2", n => n.Zone("us-west-2b").DiskPressure().UsagePercent(35, 55).Kubelet("v1.30.4"), "10.2.0.12");

        s.Deployment("payments", "pay-worker", d => d.Replicas(2, 2).Images("registry.corp/payments/worker:3.0"));

        // #6: app=webhook matches web.*; pay-worker does not. #5: 23 restarts; #25: payments = 23 + 4.
        s.Pod("default", "webhook-us-7c9", p => p.Node("us-node-2").Labels(("app", "webhook")).Created(Days(12))
                .Container("webhook", "registry.corp/platform/webhook:1.1").Requests("50m", "64Mi"))
            .Pod("payments", "pay-worker-1", p => p.Node("us-node-1").Labels(("app", "pay-worker")).Created(Days(3))
                .OwnedBy("ReplicaSet", s.ReplicaSetOf("payments", "pay-worker"))
                .Container("worker", "registry.corp/payments/worker:3.0", restarts: 23).Requests("500m", "512Mi"))
            .Pod("payments", "pay-worker-2", p => p.Node("us-node-2").Labels(("app", "pay-worker")).Created(Days(3))
                .OwnedBy("ReplicaSet", s.ReplicaSetOf("payments", "pay-worker"))
                .Container("worker", "registry.corp/payments/worker:3.0", restarts: 4).Requests("500m", "512Mi"));

        // #17: fluent-bit has an unavailable pod; kube-proxy does not.
        s.DaemonSet("kube-system", "kube-proxy", x => x.Scheduled(2, 2).Image("registry.k8s.io/kube-proxy:v1.30.2"))
            .DaemonSet("logging", "fluent-bit", x => x.Scheduled(2, 1).Image("fluent/fluent-bit:3.1.4"));
        return s;
    }

    /// <summary>Staging, known to the registry by its name only: #30 matches it through <c>staging|prod</c>.</summary>
    public static SnapshotJsonBuilder BuildStaging()
    {
        var s = new SnapshotJsonBuilder(StagingId, Now);

        // #8: no metrics-server, so memory_usage is null.
        s.Node("stg-node-1", n => n.Zone("us-east-1a"), "10.3.0.11");

        // #30: web runs from registry.corp, legacy-ui does not.
        s.Deployment("default", "web", d => d.Replicas(1, 1).Images("registry.corp/web:1.0"))
            .Deployment("default", "legacy-ui", d => d.Replicas(1, 1).Images("nginx:1.19"));

        // #5, #25: the most restarts outside kube-system. #6: app=web, but staging is not prod-*.
        s.Pod("default", "flaky-e2e", p => p.Node("stg-node-1").Labels(("app", "e2e")).Created(Days(2))
                .Container("e2e", "registry.corp/qa/e2e:0.4", restarts: 31).Requests("100m", "128Mi"))
            .Pod("default", "web-stg-1", p => p.Node("stg-node-1").Labels(("app", "web")).Created(Days(2))
                .OwnedBy("ReplicaSet", s.ReplicaSetOf("default", "web")).Container("web", "registry.corp/web:1.0").Requests("100m", "128Mi"));
        return s;
    }

    /// <summary>dev: a crowd of restarting CI pods (#5's limit, #25's biggest group after kube-system).</summary>
    public static SnapshotJsonBuilder BuildDev()
    {
        var s = new SnapshotJsonBuilder(Dev, Now);

        // #8: 92% memory.
        s.Node("dev-node-1", n => n.Zone("us-east-1c").UsagePercent(50, 92), "10.4.0.11");
        s.Deployment("ci", "runner", d => d.Replicas(1, 1).Images("ghcr.io/actions/runner:2.317.0"));
        for (var i = 0; i < DevFlakyRestarts.Count; i++)
        {
            var restarts = DevFlakyRestarts[i];
            s.Pod("ci", FlakyPod(i), p => p.Node("dev-node-1").Labels(("app", "flaky-test")).Created(Hours(5))
                .Container("test", "registry.corp/ci/test:2024.6", restarts: restarts).Requests("100m", "128Mi"));
        }

        return s;
    }

    /// <summary>The name of dev's <paramref name="index"/>-th flaky pod: flaky-test-01, flaky-test-02, ...</summary>
    public static string FlakyPod(int index) => $"flaky-test-{index + 1:00}";
}
