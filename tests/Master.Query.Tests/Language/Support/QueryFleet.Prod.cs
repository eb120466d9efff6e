namespace Master.Query.Tests.Language.Support;

internal static partial class QueryFleet
{
    /// <summary>The prod cluster: the subject of most examples.</summary>
    public static SnapshotJsonBuilder BuildProd()
    {
        var s = new SnapshotJsonBuilder(Prod, Now);

        // #2 (cpu_usage > 80%): Node1 90% and Node4 85% match, Node3 78% and Node2 40% do not.
        // #8 (memory_usage > 90%): Node2 95% matches. #14: zone 1a = {90%, 40%} cpu, max mem 95%; zone 1b = {78%, 85%}, max 60%.
        // #26: Node4 is NotReady but in prod, which the two-cluster list excludes. #27: the pods on Node1 are in three namespaces.
        s.Node(Node1, n => n.Zone("us-east-1a").UsagePercent(90, 50), "10.0.1.23")
            .Node(Node2, n => n.Zone("us-east-1a").UsagePercent(40, 95), "10.0.1.24")
            .Node(Node3, n => n.Zone("us-east-1b").UsagePercent(78, 60), "10.0.2.10")
            .Node(Node4, n => n.Zone("us-east-1b").Ready("False").UsagePercent(85, 30), "10.0.2.11");

        // #3 counts these six. #10: checkout (3/1) and worker (2/0) are degraded. #30: web, worker, grafana and mirror-app
        // do not run from registry.corp; mirror-app's "mirror.registry.corp/..." only matches an unanchored regex.
        s.Deployment("default", "web", d => d.Replicas(3, 3).Images("nginx:1.25"))
            .Deployment("shop", "checkout", d => d.Replicas(3, 1).Images("registry.corp/shop/checkout:2.4.1"))
            .Deployment("shop", "api", d => d.Replicas(2, 2).Images("registry.corp/shop/api:1.8.2"))
            .Deployment("batch", "worker", d => d.Replicas(2, 0).Images("docker.io/library/python:3.12"))
            .Deployment("monitoring", "grafana", d => d.Replicas(1, 1).Images("grafana/grafana:10.4.2"))
            .Deployment("default", "mirror-app", d => d.Replicas(1, 1).Images("mirror.registry.corp/tools/mirror:1.0"));

        AddProdPods(s);
        AddProdWorkloadsAndNetwork(s);
        AddProdEvents(s);
        return s;
    }

    private static void AddProdPods(SnapshotJsonBuilder s)
    {
        var web = s.ReplicaSetOf("default", "web");
        var checkout = s.ReplicaSetOf("shop", "checkout");

        // #1: web-1, web-2, debug-pod and busybox are Running in default; web-3's phase is Running but kubectl (and the
        // status field) say CrashLoopBackOff; stuck-import is Pending and orphan Unknown. #13 and #29 use the usages.
        s.Pod("default", "web-1", p => p.Node(Node1).OwnedBy("ReplicaSet", web).Labels(("app", "web")).Created(Days(3))
                .Container("web", "nginx:1.25").Requests("750m", "256Mi").Limits("1", "1Gi").Usage("120m", "307200Ki"))
            .Pod("default", "web-2", p => p.Node(Node2).OwnedBy("ReplicaSet", web).Labels(("app", "web")).Created(Days(3))
                .Container("web", "nginx:1.25", restarts: 2).Requests("250m", "256Mi").Limits(memory: "512Mi").Usage("80m", "204800Ki"))
            .Pod("default", "web-3", p => p.Node(Node1).OwnedBy("ReplicaSet", web).Labels(("app", "web")).Created(Days(3))
                .Container("web", "nginx:1.25", restarts: 7, state: "waiting", reason: "CrashLoopBackOff", lastTermination: "Error")
                .Requests("250m", "256Mi").Limits(memory: "512Mi").Usage("5m", "20480Ki"))
            // #11: busybox:latest. #28: BestEffort (no requests or limits), like busybox and adhoc-shell.
            .Pod("default", "debug-pod", p => p.Node(Node1).Labels(("run", "debug-pod")).Created(Hours(1))
                .Container("debug-pod", "busybox:latest").Usage("1m", "4096Ki"))
            .Pod("default", "busybox", p => p.Node(Node3).Labels(("run", "busybox")).Created(Days(2))
                .Container("busybox", "busybox:1.36", restarts: 1).Usage("1m", "2048Ki"))
            // #9, #24: Pending for 10 days outside the system namespaces.
            .Pod("default", "stuck-import-7d9c4", p => p.Labels(("app", "import")).Created(Days(10))
                .Container("import", "registry.corp/import:3.1", state: "").Requests("100m", "128Mi").Limits(memory: "256Mi"))
            // #9: phase Unknown (its node stopped reporting), no container state.
            .Pod("default", "orphan-5f6d7", p => p.Node(Node4).Phase("Unknown").Labels(("app", "orphan")).Created(Days(20))
                .Container("orphan", "nginx:1.25", state: "").Requests("100m", "64Mi"));

        // #11: one of two containers is on :latest, so the list column shows both. #12: 400m + 100m = 500m is not > 500m.
        s.Pod("shop", "api-x2k4p", p => p.Node(Node2).OwnedBy("ReplicaSet", s.ReplicaSetOf("shop", "api")).Labels(("app", "api"))
                .Created(Days(5)).Container("api", "registry.corp/shop/api:1.8.2").Requests("400m", "384Mi").Limits(memory: "512Mi")
                .Container("fluent-bit", "fluent/fluent-bit:latest").Requests("100m", "64Mi").Limits(memory: "128Mi")
                .Usage("210m", "481280Ki"))
            // #7: the Running checkout pod is excluded, the ImagePullBackOff and the Pending ones are returned.
            // #29: 350Mi of a 384Mi limit is 91%. #27: on Node1.
            .Pod("shop", "checkout-abcde", p => p.Node(Node1).OwnedBy("ReplicaSet", checkout).Created(Days(2))
                .Labels(("app", "checkout"), ("app.kubernetes.io/name", "checkout"))
                .Container("checkout", "registry.corp/shop/checkout:2.4.1").Requests("250m", "256Mi").Limits(memory: "384Mi")
                .Usage("90m", "358400Ki"))
            .Pod("shop", "checkout-img2x", p => p.Node(Node3).Phase("Pending").OwnedBy("ReplicaSet", checkout).Created(Minutes(20))
                .Labels(("app", "checkout"), ("app.kubernetes.io/name", "checkout"))
                .Container("checkout", "registry.corp/shop/checkout:2.4.2", state: "waiting", reason: "ImagePullBackOff")
                .Requests("250m", "256Mi").Limits(memory: "384Mi"))
            // #9: Pending, but only 2 hours old (#24 excludes it).
            .Pod("shop", "checkout-pend1", p => p.OwnedBy("ReplicaSet", checkout).Created(Hours(2))
                .Labels(("app", "checkout"), ("app.kubernetes.io/name", "checkout"))
                .Container("checkout", "registry.corp/shop/checkout:2.4.1", state: "").Requests("250m", "256Mi"))
            // #7: not a checkout pod. #24: Pending for 9 days.
            .Pod("shop", "cart-q8r2t", p => p.Created(Days(9)).Labels(("app", "cart"), ("app.kubernetes.io/name", "cart"))
                .Container("cart", "registry.corp/shop/cart:1.2.0", state: "").Requests("200m", "256Mi"))
            // #5, #25: 9 restarts; status Error (excluded by #9's list). #12: 600m but only a 1Gi limit.
            .Pod("shop", "ledger-sync-m4n7q", p => p.Node(Node3).Labels(("app", "ledger-sync")).Created(Days(4))
                .Container("ledger", "registry.corp/shop/ledger:0.9.3", restarts: 9, state: "terminated", reason: "Error")
                .Requests("600m", "512Mi").Limits(memory: "1Gi").Usage("10m", "153600Ki"))
            // #29: no memory limit, so excluded although it uses 1Gi. #13: third by memory.
            .Pod("shop", "redis-0", p => p.Node(Node2).OwnedBy("StatefulSet", "redis").Labels(("app", "redis")).Created(Days(60))
                .Container("redis", "redis:7.2").Requests("200m", "512Mi").Usage("150m", "1048576Ki"));

        // #5: 500 restarts, but in kube-system. #25 counts it. #27: on Node1.
        s.Pod("kube-system", "coredns-5d78c9869d-xk2lp", p => p.Node(Node1).Labels(("k8s-app", "kube-dns")).Created(Days(90))
                .Container("coredns", "registry.k8s.io/coredns/coredns:v1.11.1", restarts: 500).Requests("100m", "70Mi")
                .Limits(memory: "170Mi").Usage("4m", "61440Ki"))
            // #9: Pending in kube-system, which #24 excludes.
            .Pod("kube-system", "metrics-server-6d94bc8694-pend", p => p.Labels(("k8s-app", "metrics-server")).Created(Days(30))
                .Container("metrics-server", "registry.k8s.io/metrics-server/metrics-server:v0.7.1", state: "").Requests("100m", "200Mi"))
            // #12: 1 core and a 4Gi limit. #29: 3700Mi of 4Gi is 90.3%. #5: exactly 5 restarts is not > 5; #25 counts it.
            .Pod("monitoring", "prometheus-0", p => p.Node(Node3).OwnedBy("StatefulSet", "prometheus").Labels(("app", "prometheus"))
                .Created(Days(30)).Container("prometheus", "quay.io/prometheus/prometheus:v2.53.0", restarts: 5)
                .Requests("1", "2Gi").Limits("2", "4Gi").Usage("800m", "3788800Ki"))
            // #9: Pending in monitoring for 8 days (#24 excludes the namespace).
            .Pod("monitoring", "alertmanager-0", p => p.OwnedBy("StatefulSet", "alertmanager").Labels(("app", "alertmanager"))
                .Created(Days(8)).Container("alertmanager", "quay.io/prometheus/alertmanager:v0.27.0", state: "").Requests("100m", "128Mi"))
            // #12: 2 cores and exactly 2Gi (>= matches). #11: "latest" in the image, but not ":latest".
            .Pod("batch", "etl-runner-x8k2m", p => p.Node(Node4).OwnedBy("Job", "etl-runner").Labels(("app", "etl")).Created(Hours(6))
                .Container("etl", "ghcr.io/latest-labs/etl:2.0").Requests("2", "1Gi").Limits("4", "2Gi").Usage("1500m", "1843200Ki"))
            // #9: phase Failed and no container reason, so status Failed.
            .Pod("batch", "report-28512345-zk2lp", p => p.Node(Node4).Phase("Failed").OwnedBy("Job", "report-28512345")
                .Created(Minutes(25)).Container("report", "registry.corp/batch/report:1.4.0", state: "terminated", ready: false)
                .Requests("100m", "128Mi"))
            // #28: BestEffort in batch, sorted first.
            .Pod("batch", "adhoc-shell", p => p.Node(Node3).Labels(("run", "adhoc-shell")).Created(Minutes(30))
                .Container("adhoc-shell", "alpine:3.20"));
    }

    private static void AddProdWorkloadsAndNetwork(SnapshotJsonBuilder s)
    {
        // #16: prometheus (2/1) and postgres (1/0) are not fully ready; redis is.
        s.StatefulSet("shop", "redis", x => x.Replicas(3, 3))
            .StatefulSet("monitoring", "prometheus", x => x.Replicas(2, 1).Image("quay.io/prometheus/prometheus:v2.53.0"))
            .StatefulSet("shop", "postgres", x => x.Replicas(1, 0).Image("postgres:16.3"));

        // #17: unavailable pods, but in prod, which the glob prod-* does not match.
        s.DaemonSet("kube-system", "aws-node", x => x.Scheduled(4, 3).Image("602401143452.dkr.ecr.us-east-1.amazonaws.com/amazon-k8s-cni:v1.18.3"));

        // #18: storefront-lb and grpc-gateway wait for an address; ingress-nginx has one; the others are not LoadBalancers.
        s.Service("default", "kubernetes", x => x.Port(443))
            .Service("shop", "storefront-lb", x => x.Type("LoadBalancer"))
            .Service("default", "grpc-gateway", x => x.Type("LoadBalancer").Port(8443))
            .Service("kube-system", "ingress-nginx", x => x.Type("LoadBalancer").ExternalIp("203.0.113.10"))
            .Service("shop", "api", x => x.Type("NodePort").Port(8080))
            .Service("shop", "checkout");

        // #19: storefront and api-gw (any host matches) have no TLS; admin has TLS; docs is not example.com.
        s.Ingress("shop", "storefront", x => x.Hosts("shop.example.com", "www.shop.example.com"))
            .Ingress("shop", "api-gw", x => x.Hosts("api.internal", "api.example.com"))
            .Ingress("shop", "admin", x => x.Hosts("admin.example.com").Tls())
            .Ingress("default", "docs", x => x.Hosts("docs.example.org"));

        // #20: legacy has been terminating for a month; tmp-pr-123 only for 20 minutes.
        s.Namespace("default").Namespace("kube-system").Namespace("shop").Namespace("batch").Namespace("monitoring")
            .Namespace("legacy", n => n.Terminating().Created(Days(30)))
            .Namespace("tmp-pr-123", n => n.Terminating().Created(Minutes(20)));

        // #21: report-28512345 (30m) and import-20250612 (3h) failed within a day; import-20250610 is too old,
        // backup had no failure and etl-runner is still running.
        s.Job("batch", "import-20250612", j => j.Pods(0, 2).Created(Hours(3)))
            .Job("batch", "report-28512345", j => j.Pods(0, 1).Created(Minutes(30)).OwnedBy("report"))
            .Job("batch", "import-20250610", j => j.Pods(1, 1).Created(Days(2)))
            .Job("batch", "backup-28512300", j => j.Pods(1, 0).Created(Hours(1)).OwnedBy("backup"))
            .Job("batch", "etl-runner", j => j.Pods(0, 0, active: 1).Created(Hours(6)));

        // #22: nightly-report last ran 3 days ago; backup yesterday; old-cleanup is suspended; never-run has no last time.
        s.CronJob("batch", "nightly-report", c => c.Schedule("0 1 * * *").LastScheduled(Days(3)))
            .CronJob("batch", "backup", c => c.LastScheduled(Days(1)))
            .CronJob("batch", "old-cleanup", c => c.Suspended().LastScheduled(Days(10)))
            .CronJob("batch", "never-run", c => c.Schedule("0 0 29 2 *"));

        // #23: data-redis-0 is smaller than 10Gi, uploads is Pending; ledger-db is big and exact-ten is not < 10Gi.
        s.Pvc("shop", "data-redis-0", v => v.Bound("1Gi"))
            .Pvc("shop", "uploads", v => v.Pending("50Gi"))
            .Pvc("payments", "ledger-db", v => v.Bound("100Gi"))
            .Pvc("shop", "exact-ten", v => v.Bound("10Gi"));
    }

    /// <summary>
    /// The warning reasons of the past hour with how many events each has; #15 returns the first ten of them. The first
    /// event of BackOff, FailedScheduling and Unhealthy is also one of #4's three events of the last five minutes.
    /// </summary>
    public static IReadOnlyList<(string Reason, int Events)> ProdWarningReasons { get; } =
    [
        ("BackOff", 12), ("Unhealthy", 11), ("FailedScheduling", 10), ("FailedMount", 9), ("Failed", 8),
        ("FailedCreatePodSandBox", 7), ("NodeNotReady", 6), ("FailedAttachVolume", 5), ("Evicted", 4), ("ProbeWarning", 3),
        ("FailedKillPod", 2), ("DNSConfigForming", 1),
    ];

    private static void AddProdEvents(SnapshotJsonBuilder s)
    {
        // #4: newest first: BackOff (30s ago), FailedScheduling (2m), Unhealthy (4m).
        s.Event("default", "BackOff", e => e.Warning().About("Pod", "web-3").LastSeen(TimeSpan.FromSeconds(30)).Count(41)
                .Message("Back-off restarting failed container web in pod web-3_default"))
            .Event("shop", "FailedScheduling", e => e.Warning().About("Pod", "checkout-pend1").LastSeen(Minutes(2))
                .Message("0/4 nodes are available: 4 Insufficient cpu."))
            .Event("monitoring", "Unhealthy", e => e.Warning().About("Pod", "prometheus-0").LastSeen(Minutes(4))
                .Message("Readiness probe failed: HTTP probe failed with statuscode: 503"));

        // #4 and #15: the rest of the hour's warnings, all 6 to 57 minutes old (outside 5m, inside 1h).
        var k = 0;
        foreach (var (reason, events) in ProdWarningReasons)
        {
            var first = reason is "BackOff" or "FailedScheduling" or "Unhealthy" ? 1 : 0;
            for (var i = first; i < events; i++)
            {
                var minutes = 6 + (k++ * 7 % 52);
                s.Event("shop", reason, e => e.Warning().About("Pod", $"pod-{reason.ToLowerInvariant()}-{i}").LastSeen(Minutes(minutes)));
            }
        }

        // Excluded everywhere: Normal events (type), SystemOOM 70 to 89 minutes ago (within last=1h it would be the most frequent),
        // and a BackOff written through events.k8s.io three hours ago: its legacy timestamps are zero, and its creation time (the
        // only time left on the wire, about its eventTime) is outside every window.
        for (var i = 0; i < 15; i++)
        {
            s.Event("default", "Pulled", e => e.About("Pod", $"web-{i % 3 + 1}").LastSeen(Minutes(1 + i))
                .Message("Container image \"nginx:1.25\" already present on machine"));
        }

        for (var i = 0; i < 20; i++)
        {
            s.Event("default", "SystemOOM", e => e.Warning().About("Node", Node2).LastSeen(Minutes(70 + i)));
        }

        s.Event("default", "BackOff", e => e.Warning().About("Pod", "web-2").LastSeen(Hours(3)).ZeroTimes());
    }
}
