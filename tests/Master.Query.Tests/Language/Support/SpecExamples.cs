namespace Master.Query.Tests.Language.Support;

/// <summary>The thirty example queries of query-dsl.md, verbatim (#28 with its line breaks and comment), as seeds for the fuzzer.</summary>
internal static class SpecExamples
{
    public static IReadOnlyList<string> All { get; } =
    [
        """pods(cluster="prod", namespace="default", status="Running")""",
        """nodes(cluster="prod").where(cpu_usage > 80%)""",
        """deployments(cluster="prod").count()""",
        """events(cluster="prod", last="5m", type="Warning")""",
        """pods(cluster="*", namespace!="kube-system").where(restarts > 5).sort(restarts desc).limit(20)""",
        """pods(cluster=~"prod-.*", app=~"web.*").select(cluster, namespace, name, node, restarts)""",
        """pods(cluster="prod", labels["app.kubernetes.io/name"]="checkout").where(status != "Running")""",
        """nodes(cluster="*").where(memory_usage > 90% or disk_pressure == true).select(cluster, name, memory_usage)""",
        """pods(cluster="prod").where(status in ("Pending", "Failed", "Unknown")).groupBy(namespace, status).count()""",
        """deployments(cluster="prod").where(ready_replicas < replicas).select(namespace, name, replicas, ready_replicas)""",
        """pods(cluster="prod").where(containers.image contains ":latest").select(namespace, name, containers.image)""",
        """pods(cluster="prod").where(cpu_request > 500m and memory_limit >= 2Gi)""",
        """pods(cluster="prod").top(10, memory_usage)""",
        """nodes(cluster="prod").groupBy(labels["topology.kubernetes.io/zone"]).aggregate(count() as nodes, avg(cpu_usage) as avg_cpu, max(memory_usage) as max_mem)""",
        """events(cluster="prod", last=1h, type="Warning").groupBy(reason).count().sort(count desc).limit(10)""",
        """statefulsets(cluster="prod").where(ready_replicas != replicas)""",
        """daemonsets(cluster="prod-*").where(number_unavailable > 0).select(cluster, namespace, name, desired, ready)""",
        """services(cluster="prod", type="LoadBalancer").where(external_ip == null)""",
        """ingresses(cluster="prod").where(host endswith ".example.com" and not tls)""",
        """namespaces(cluster="prod").where(status == "Terminating" and age > 1h)""",
        """jobs(cluster="prod").where(failed > 0 and age < 24h).sort(age asc)""",
        """cronjobs(cluster="prod").where(suspend == false and last_schedule_age > 2d)""",
        """pvcs(cluster="prod").where(status != "Bound" or capacity < 10Gi)""",
        """pods(cluster="prod", namespace not in ("kube-system", "monitoring")).where(age > 7d and status == "Pending").count()""",
        """pods(cluster="*").where(restarts > 3).groupBy(cluster, namespace).aggregate(count() as crashing, sum(restarts) as total_restarts).sort(total_restarts desc)""",
        """nodes(cluster in ("prod-eu", "prod-us")).where(not ready or unschedulable).select(cluster, name, status, kubelet_version)""",
        """po(cluster="prod", node="ip-10-0-1-23.ec2.internal").distinct(namespace)""",
        "pods(cluster=\"prod\") // BestEffort pods are evicted first\n.where(qos_class == \"BestEffort\")\n.sort(namespace, name)",
        """pods(cluster="prod").where(memory_limit != null and memory_usage / memory_limit > 90%).select(namespace, name, memory_usage, memory_limit)""",
        """deployments(cluster=~"staging|prod").where(image !~ `registry\.corp/.*`).select(cluster, namespace, name, image)""",
    ];
}
