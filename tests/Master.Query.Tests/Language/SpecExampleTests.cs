using Master.Query.Tests.Language.Support;
using static Master.Query.Tests.Language.Support.QueryFleet;
using static Master.Query.Tests.Language.Support.QueryResults;

namespace Master.Query.Tests.Language;

/// <summary>
/// query-dsl.md, "Thirty example queries and what they return": each example runs verbatim on <see cref="QueryFleet"/> and
/// returns exactly the rows its "Returns" column implies there, with the right result kind and no warnings.
/// Rows without a sort are compared as sets; sorted, <c>top</c> and event results in order.
/// </summary>
[NonParallelizable]
public sealed class SpecExampleTests : FleetQueryTests
{
    private const double Mi = 1024 * 1024;

    [Test]
    public async Task Example_01_running_pods_in_default_on_prod_with_the_default_columns()
    {
        var result = await RunAsync("""pods(cluster="prod", namespace="default", status="Running")""", "rows");

        result.Columns.Select(c => c.Name).Should().Equal("cluster", "namespace", "name", "status", "ready", "restarts", "age", "node");
        result.Columns.Select(c => (c.Type, c.Unit)).Should().Equal(
            ("string", null), ("string", null), ("string", null), ("enum", null), ("bool", null), ("int", null),
            ("duration", "seconds"), ("string", null));
        result.Lines().Should().BeEquivalentTo(
            Line("prod", "default", "web-1", "Running", true, 0L, 3 * 86_400.0, Node1),
            Line("prod", "default", "web-2", "Running", true, 2L, 3 * 86_400.0, Node2),
            Line("prod", "default", "debug-pod", "Running", true, 0L, 3_600.0, Node1),
            Line("prod", "default", "busybox", "Running", true, 1L, 2 * 86_400.0, Node3));
        result.Total.Should().Be(4);
        result.Truncated.Should().BeFalse();
    }

    [Test]
    public async Task Example_02_prod_nodes_above_80_percent_cpu()
    {
        var result = await RunAsync("""nodes(cluster="prod").where(cpu_usage > 80%)""", "rows");

        result.Texts("name").Should().BeEquivalentTo(Node1, Node4);
        result.Texts("cluster").Should().OnlyContain(c => c == Prod);
    }

    [Test]
    public async Task Example_03_deployment_count_of_prod_is_a_scalar()
    {
        var result = await RunAsync("""deployments(cluster="prod").count()""", "scalar");

        result.Columns.Should().Equal(new QueryColumn("count", "int", null));
        result.Lines().Should().Equal(Line(6L));
    }

    [Test]
    public async Task Example_04_warning_events_of_the_last_five_minutes_newest_first()
    {
        var result = await RunAsync("""events(cluster="prod", last="5m", type="Warning")""", "rows");

        result.Texts("reason").Should().Equal("BackOff", "FailedScheduling", "Unhealthy");
        result.Total.Should().Be(3);
        if (result.Columns.Any(c => c.Name == "last_seen"))
        {
            result.Column("last_seen").Should().Equal(
                Now.AddSeconds(-30), Now.AddMinutes(-2), Now.AddMinutes(-4));
        }
    }

    [Test]
    public async Task Example_05_the_twenty_most_restarting_pods_outside_kube_system_fleet_wide()
    {
        var result = await RunAsync(
            """pods(cluster="*", namespace!="kube-system").where(restarts > 5).sort(restarts desc).limit(20)""", "rows");

        (string Name, long Restarts)[] others = [("web-3", 7), ("ledger-sync-m4n7q", 9), ("web-eu-1", 15), ("pay-worker-1", 23), ("flaky-e2e", 31)];
        var expected = DevFlakyRestarts.Select((r, i) => (Name: FlakyPod(i), Restarts: (long)r)).Concat(others)
            .OrderByDescending(p => p.Restarts).Take(20).ToList();
        result.Texts("name").Should().Equal(expected.Select(p => p.Name));
        result.Column("restarts").Should().Equal(expected.Select(p => (object)p.Restarts));
        result.Total.Should().Be(23, "23 pods match before limit(20)");
        result.Truncated.Should().BeFalse("limit() asked for the cut");
    }

    [Test]
    public async Task Example_06_web_pods_in_prod_dash_clusters_in_five_columns()
    {
        var result = await RunAsync(
            """pods(cluster=~"prod-.*", app=~"web.*").select(cluster, namespace, name, node, restarts)""", "rows");

        result.Columns.Select(c => c.Name).Should().Equal("cluster", "namespace", "name", "node", "restarts");
        result.Lines().Should().BeEquivalentTo(
            Line(ProdEu, "default", "web-eu-1", "eu-node-1", 15L),
            Line(ProdUs, "default", "webhook-us-7c9", "us-node-2", 0L));
    }

    [Test]
    public async Task Example_07_checkout_pods_that_are_not_running()
    {
        var result = await RunAsync(
            """pods(cluster="prod", labels["app.kubernetes.io/name"]="checkout").where(status != "Running")""", "rows");

        result.Texts("name").Should().BeEquivalentTo("checkout-img2x", "checkout-pend1");
        result.Texts("status").Should().BeEquivalentTo("ImagePullBackOff", "Pending");
    }

    [Test]
    public async Task Example_08_nodes_under_memory_or_disk_pressure_fleet_wide()
    {
        var result = await RunAsync(
            """nodes(cluster="*").where(memory_usage > 90% or disk_pressure == true).select(cluster, name, memory_usage)""", "rows");

        result.Columns.Should().Equal(
            new QueryColumn("cluster", "string", null), new QueryColumn("name", "string", null), new QueryColumn("memory_usage", "percent", "ratio"));
        result.Lines().Should().BeEquivalentTo(
            Line(Prod, Node2, 0.95), Line(ProdUs, "us-node-2", 0.55), Line(Dev, "dev-node-1", 0.92));
    }

    [Test]
    public async Task Example_09_unhealthy_pods_grouped_by_namespace_and_status()
    {
        var result = await RunAsync(
            """pods(cluster="prod").where(status in ("Pending", "Failed", "Unknown")).groupBy(namespace, status).count()""", "groups");

        result.Columns.Select(c => c.Name).Should().Equal("namespace", "status", "count");
        result.Lines().Should().BeEquivalentTo(
            Line("default", "Pending", 1L), Line("default", "Unknown", 1L), Line("shop", "Pending", 2L),
            Line("kube-system", "Pending", 1L), Line("monitoring", "Pending", 1L), Line("batch", "Failed", 1L));
    }

    [Test]
    public async Task Example_10_degraded_deployments()
    {
        var result = await RunAsync(
            """deployments(cluster="prod").where(ready_replicas < replicas).select(namespace, name, replicas, ready_replicas)""", "rows");

        result.Columns.Select(c => c.Name).Should().Equal("namespace", "name", "replicas", "ready_replicas");
        result.Lines().Should().BeEquivalentTo(Line("shop", "checkout", 3L, 1L), Line("batch", "worker", 2L, 0L));
    }

    [Test]
    public async Task Example_11_pods_with_any_container_on_latest_show_the_image_list()
    {
        var result = await RunAsync(
            """pods(cluster="prod").where(containers.image contains ":latest").select(namespace, name, containers.image)""", "rows");

        result.Columns.Select(c => (c.Name, c.Type)).Should().Equal(("namespace", "string"), ("name", "string"), ("containers.image", "string[]"));
        result.Rows.Select(r => r[2]).Should().AllBeAssignableTo<IReadOnlyList<string>>();
        result.Lines().Should().BeEquivalentTo(
            Line("default", "debug-pod", new[] { "busybox:latest" }),
            Line("shop", "api-x2k4p", new[] { "registry.corp/shop/api:1.8.2", "fluent/fluent-bit:latest" }));
    }

    [Test]
    public async Task Example_12_pods_requesting_more_than_half_a_core_and_limited_to_2Gi_or_more()
    {
        var result = await RunAsync("""pods(cluster="prod").where(cpu_request > 500m and memory_limit >= 2Gi)""", "rows");

        result.Texts("name").Should().BeEquivalentTo("prometheus-0", "etl-runner-x8k2m");
    }

    [Test]
    public async Task Example_13_top_ten_pods_by_memory_descending()
    {
        var result = await RunAsync("""pods(cluster="prod").top(10, memory_usage)""", "rows");

        result.Texts("name").Should().Equal(
            "prometheus-0", "etl-runner-x8k2m", "redis-0", "api-x2k4p", "checkout-abcde", "web-1", "web-2", "ledger-sync-m4n7q",
            "coredns-5d78c9869d-xk2lp", "web-3");
    }

    [Test]
    public async Task Example_14_one_row_per_zone_with_node_count_average_cpu_and_maximum_memory()
    {
        var result = await RunAsync(
            """nodes(cluster="prod").groupBy(labels["topology.kubernetes.io/zone"]).aggregate(count() as nodes, avg(cpu_usage) as avg_cpu, max(memory_usage) as max_mem)""",
            "groups");

        result.Columns.Should().HaveCount(4, "the group key, then the three aggregates");
        result.Columns.Skip(1).Select(c => c.Name).Should().Equal("nodes", "avg_cpu", "max_mem");
        result.Columns.Skip(2).Select(c => (c.Type, c.Unit)).Should().Equal(("percent", "ratio"), ("percent", "ratio"));
        result.Lines(looseNumbers: true).Should().BeEquivalentTo(
            LooseLine("us-east-1a", 2, 0.65, 0.95), LooseLine("us-east-1b", 2, 0.815, 0.6));
    }

    [Test]
    public async Task Example_15_the_ten_most_frequent_warning_reasons_of_the_past_hour()
    {
        var result = await RunAsync(
            """events(cluster="prod", last=1h, type="Warning").groupBy(reason).count().sort(count desc).limit(10)""", "groups");

        result.Columns.Select(c => c.Name).Should().Equal("reason", "count");
        result.Lines().Should().Equal(ProdWarningReasons.Take(10).Select(r => Line(r.Reason, (long)r.Events)));
        result.Total.Should().Be(ProdWarningReasons.Count, "twelve reasons before limit(10)");
    }

    [Test]
    public async Task Example_16_statefulsets_that_are_not_fully_ready()
    {
        var result = await RunAsync("""statefulsets(cluster="prod").where(ready_replicas != replicas)""", "rows");

        result.Texts("name").Should().BeEquivalentTo("prometheus", "postgres");
    }

    [Test]
    public async Task Example_17_daemonsets_with_unavailable_pods_in_prod_dash_clusters()
    {
        var result = await RunAsync(
            """daemonsets(cluster="prod-*").where(number_unavailable > 0).select(cluster, namespace, name, desired, ready)""", "rows");

        result.Columns.Select(c => c.Name).Should().Equal("cluster", "namespace", "name", "desired", "ready");
        result.Lines().Should().BeEquivalentTo(
            Line(ProdEu, "kube-system", "aws-node", 3L, 2L), Line(ProdUs, "logging", "fluent-bit", 2L, 1L));
    }

    [Test]
    public async Task Example_18_load_balancers_still_waiting_for_an_address()
    {
        var result = await RunAsync("""services(cluster="prod", type="LoadBalancer").where(external_ip == null)""", "rows");

        result.Texts("name").Should().BeEquivalentTo("storefront-lb", "grpc-gateway");
    }

    [Test]
    public async Task Example_19_example_com_ingresses_without_tls()
    {
        var result = await RunAsync("""ingresses(cluster="prod").where(host endswith ".example.com" and not tls)""", "rows");

        result.Texts("name").Should().BeEquivalentTo("storefront", "api-gw");
    }

    [Test]
    public async Task Example_20_namespaces_stuck_terminating()
    {
        var result = await RunAsync("""namespaces(cluster="prod").where(status == "Terminating" and age > 1h)""", "rows");

        result.Texts("name").Should().Equal("legacy");
    }

    [Test]
    public async Task Example_21_jobs_with_failures_of_the_last_day_newest_first()
    {
        var result = await RunAsync("""jobs(cluster="prod").where(failed > 0 and age < 24h).sort(age asc)""", "rows");

        result.Texts("name").Should().Equal("report-28512345", "import-20250612");
    }

    [Test]
    public async Task Example_22_active_cronjobs_that_have_not_run_for_two_days()
    {
        var result = await RunAsync("""cronjobs(cluster="prod").where(suspend == false and last_schedule_age > 2d)""", "rows");

        result.Texts("name").Should().Equal("nightly-report");
    }

    [Test]
    public async Task Example_23_unbound_or_small_claims()
    {
        var result = await RunAsync("""pvcs(cluster="prod").where(status != "Bound" or capacity < 10Gi)""", "rows");

        result.Texts("name").Should().BeEquivalentTo("data-redis-0", "uploads");
    }

    [Test]
    public async Task Example_24_count_of_pods_pending_for_over_a_week_outside_system_namespaces()
    {
        var result = await RunAsync(
            """pods(cluster="prod", namespace not in ("kube-system", "monitoring")).where(age > 7d and status == "Pending").count()""",
            "scalar");

        result.Columns.Should().Equal(new QueryColumn("count", "int", null));
        result.Lines().Should().Equal(Line(2L));
    }

    [Test]
    public async Task Example_25_fleet_wide_restart_hotspots()
    {
        var result = await RunAsync(
            """pods(cluster="*").where(restarts > 3).groupBy(cluster, namespace).aggregate(count() as crashing, sum(restarts) as total_restarts).sort(total_restarts desc)""",
            "groups");

        result.Columns.Select(c => c.Name).Should().Equal("cluster", "namespace", "crashing", "total_restarts");
        result.Lines(looseNumbers: true).Should().Equal(
            LooseLine(Prod, "kube-system", 1, 500),
            LooseLine(Dev, "ci", 18, DevFlakyRestarts.Sum()),
            LooseLine(StagingId, "default", 1, 31),
            LooseLine(ProdUs, "payments", 2, 27),
            LooseLine(ProdEu, "default", 1, 15),
            LooseLine(Prod, "shop", 1, 9),
            LooseLine(Prod, "default", 1, 7),
            LooseLine(Prod, "monitoring", 1, 5));
    }

    [Test]
    public async Task Example_26_not_ready_or_cordoned_nodes_in_two_named_clusters()
    {
        var result = await RunAsync(
            """nodes(cluster in ("prod-eu", "prod-us")).where(not ready or unschedulable).select(cluster, name, status, kubelet_version)""",
            "rows");

        result.Columns.Select(c => c.Name).Should().Equal("cluster", "name", "status", "kubelet_version");
        result.Lines().Should().BeEquivalentTo(
            Line(ProdEu, "eu-node-2", "NotReady", "v1.29.6"), Line(ProdUs, "us-node-1", "Ready,SchedulingDisabled", "v1.30.2"));
    }

    [Test]
    public async Task Example_27_namespaces_with_pods_on_a_node_by_short_kind_name()
    {
        var result = await RunAsync("""po(cluster="prod", node="ip-10-0-1-23.ec2.internal").distinct(namespace)""", "rows");

        result.Columns.Select(c => c.Name).Should().Equal("namespace");
        result.Lines().Should().BeEquivalentTo("default", "kube-system", "shop");
    }

    [Test]
    public async Task Example_28_multi_line_query_with_a_comment_best_effort_pods_sorted()
    {
        var result = await RunAsync(
            "pods(cluster=\"prod\") // BestEffort pods are evicted first\n.where(qos_class == \"BestEffort\")\n.sort(namespace, name)",
            "rows");

        result.Texts("namespace").Should().Equal("batch", "default", "default");
        result.Texts("name").Should().Equal("adhoc-shell", "busybox", "debug-pod");
    }

    [Test]
    public async Task Example_29_pods_above_90_percent_of_their_memory_limit()
    {
        var result = await RunAsync(
            """pods(cluster="prod").where(memory_limit != null and memory_usage / memory_limit > 90%).select(namespace, name, memory_usage, memory_limit)""",
            "rows");

        result.Columns.Should().Equal(
            new QueryColumn("namespace", "string", null), new QueryColumn("name", "string", null),
            new QueryColumn("memory_usage", "memory", "bytes"), new QueryColumn("memory_limit", "memory", "bytes"));
        result.Lines().Should().BeEquivalentTo(
            Line("shop", "checkout-abcde", 350 * Mi, 384 * Mi), Line("monitoring", "prometheus-0", 3700 * Mi, 4096 * Mi));
    }

    [Test]
    public async Task Example_30_deployments_not_from_the_corporate_registry_with_a_raw_regex()
    {
        var result = await RunAsync(
            """deployments(cluster=~"staging|prod").where(image !~ `registry\.corp/.*`).select(cluster, namespace, name, image)""", "rows");

        result.Columns.Select(c => c.Name).Should().Equal("cluster", "namespace", "name", "image");
        result.Lines().Should().BeEquivalentTo(
            Line(Prod, "default", "web", "nginx:1.25"),
            Line(Prod, "batch", "worker", "docker.io/library/python:3.12"),
            Line(Prod, "monitoring", "grafana", "grafana/grafana:10.4.2"),
            Line(Prod, "default", "mirror-app", "mirror.registry.corp/tools/mirror:1.0"),
            Line(StagingId, "default", "legacy-ui", "nginx:1.19"));
    }

    private async Task<QueryResult> RunAsync(string query, string kind)
    {
        var result = await Queries.ResultAsync(query);
        result.Kind.Should().Be(kind);
        result.Warnings.Should().BeEmpty("every cluster is online and the example is well-formed");
        result.Rows.Should().OnlyContain(row => row.Count == result.Columns.Count);
        return result;
    }
}
