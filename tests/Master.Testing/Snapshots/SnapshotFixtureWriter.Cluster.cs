namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    private void WriteClusterLists()
    {
        List<(string Ns, string Name, string Type, int Port)> services =
        [
            ("default", "kubernetes", "ClusterIP", 443), ("shop", "redis", "Headless", 6379),
            ("kube-system", "ingress-nginx", "LoadBalancer", 80), ("payments", "legacy-db", "ExternalName", 5432),
            .. _deployments.Select(d => (d.Namespace, d.Name, d.Replicas % 5 == 4 ? "NodePort" : "ClusterIP", 80)),
        ];
        List("services", services, s => WriteService(s.Ns, s.Name, s.Type, s.Port));
        List("ingresses", [.. _deployments.Where((_, i) => i % 6 == 0)], WriteIngress);
        List("namespaces", Namespaces, WriteNamespace);
        List<(string Ns, string Name)> configMaps =
        [
            .. Namespaces.Select(ns => (ns, "kube-root-ca.crt")),
            .. _deployments.Where((_, i) => i % 3 == 0).Select(d => (d.Namespace, d.Name + "-config")),
        ];
        List("configMaps", configMaps, c => WriteKeyed("ConfigMap", c.Ns, c.Name, null,
            c.Name == "kube-root-ca.crt" ? ["ca.crt"] : ["app.yaml", "log.level"], c.Name == "kube-root-ca.crt" ? [] : [("app", c.Name[..^7])]));
        List<(string Ns, string Name, string Type)> secrets =
        [
            .. Namespaces.Select(ns => (ns, "registry-credentials", "kubernetes.io/dockerconfigjson")),
            ("shop", "shop-tls", "kubernetes.io/tls"), ("payments", "ledger-db", "Opaque"),
        ];
        List("secrets", secrets, s => WriteKeyed("Secret", s.Ns, s.Name, s.Type,
            s.Type == "kubernetes.io/tls" ? ["tls.crt", "tls.key"] : s.Type == "Opaque" ? ["password", "username"] : [".dockerconfigjson"],
            s.Type == "kubernetes.io/tls" ? [("controller.cert-manager.io/fao", "true")] : []));
        List("resourceQuotas", [0], _ => WriteResourceQuota());
        List("limitRanges", [0], _ => WriteLimitRange());
        List("networkPolicies", [false, true], WriteNetworkPolicy);
        List("serviceAccounts", [.. Namespaces.Select(ns => (ns, "default")), .. _deployments.Select(d => (d.Namespace, d.Name))],
            sa => WriteServiceAccount(sa.Item1, sa.Item2));
        List<int> volumes = [.. Enumerable.Range(0, 3 + _pods.Count(p => p.OwnerKind == "StatefulSet"))];
        List("pvs", volumes, WritePersistentVolume);
        List("pvcs", [.. volumes.Skip(1)], WritePersistentVolumeClaim);
    }

    private void WriteService(string ns, string name, string type, int port)
    {
        bool headless = type == "Headless";
        bool external = type == "ExternalName";
        bool balancer = type == "LoadBalancer";
        string wireType = headless ? "ClusterIP" : type;
        string clusterIp = headless ? "None" : external ? string.Empty : $"10.43.{_random.Next(0, 255)}.{_random.Next(1, 255)}";
        long created = CreatedBefore(86_400, 100 * 86_400);
        bool selector = name != "kubernetes" && !external;
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", name);
        Str("namespace", ns);
        Str("type", wireType);
        Str("createdAt", Time(created));
        Str("age", Age(created));
        _w.WriteNumber("portsCount", 1);
        _w.WriteBoolean("hasSelector", selector);
        Strings("badges", type switch
        {
            "LoadBalancer" => ["LB"],
            "NodePort" => ["NodePort"],
            "Headless" => ["Headless"],
            "ExternalName" => ["ExternalName"],
            _ => [],
        });
        Opt("clusterIP", clusterIp);
        Opt("externalName", external ? "db.legacy.example.com" : null);
        _w.WriteEndObject();
        _w.WriteStartObject("spec");
        Str("type", wireType);
        Str("sessionAffinity", name == "redis" ? "ClientIP" : "None");
        OptInt("sessionAffinityTimeoutSeconds", name == "redis" ? 10_800 : 0);
        Opt("externalTrafficPolicy", balancer ? "Local" : type == "NodePort" ? "Cluster" : null);
        Opt("internalTrafficPolicy", external ? null : "Cluster");
        if (!external)
        {
            Strings("ipFamilies", "IPv4");
            Str("ipFamilyPolicy", "SingleStack");
        }

        if (clusterIp.Length > 0 && !headless)
        {
            Strings("clusterIPs", clusterIp);
        }

        if (balancer)
        {
            Strings("externalIPs", "198.51.100.7");
            Str("loadBalancerClass", "metallb");
            Strings("loadBalancerSourceRanges", "0.0.0.0/0");
            _w.WriteBoolean("allocateLoadBalancerNodePorts", true);
            _w.WriteNumber("healthCheckNodePort", 31_999);
        }

        OptBool("publishNotReadyAddresses", headless);
        Opt("externalName", external ? "db.legacy.example.com" : null);
        _w.WriteEndObject();
        _w.WriteStartArray("ports");
        _w.WriteStartObject();
        Str("name", "http");
        Str("protocol", "TCP");
        _w.WriteNumber("port", port);
        Str("targetPort", name == "kubernetes" ? "6443" : "http");
        OptInt("nodePort", type is "LoadBalancer" or "NodePort" ? 30_000 + _random.Next(0, 2767) : 0);
        Opt("appProtocol", name == "kubernetes" ? "https" : null);
        _w.WriteEndObject();
        _w.WriteEndArray();
        if (selector)
        {
            Map("selector", ("app", name));
        }

        _w.WriteStartObject("network");
        if (clusterIp.Length > 0 && !headless)
        {
            Strings("clusterIPs", clusterIp);
        }

        Strings("externalIPs", balancer ? ["198.51.100.7"] : []);
        Strings("loadBalancerIngress", balancer ? ["203.0.113.10"] : []);
        if (!external)
        {
            Strings("ipFamilies", "IPv4");
            Str("ipFamilyPolicy", "SingleStack");
            Str("internalTrafficPolicy", "Cluster");
        }

        Opt("externalTrafficPolicy", balancer ? "Local" : null);
        _w.WriteEndObject();
        if (name == "kubernetes")
        {
            WriteServiceBackends();
        }

        Map("labels", ("app", name));
        if (balancer)
        {
            Map("annotations", ("metallb.universe.tf/ip-allocated-from-pool", "public"));
        }

        _w.WriteEndObject();
    }

    // Declared but not filled by the current agent; an extended agent may send the endpoints behind a service.
    private void WriteServiceBackends()
    {
        _w.WriteStartObject("backends");
        _w.WriteStartObject("summary");
        _w.WriteNumber("ready", 1);
        _w.WriteNumber("notReady", 0);
        _w.WriteNumber("total", 1);
        _w.WriteNumber("slices", 1);
        Str("updated", Time(_now - 3_600));
        _w.WriteEndObject();
        _w.WriteStartArray("ports");
        _w.WriteStartObject();
        Str("name", "https");
        _w.WriteNumber("port", 6443);
        Str("protocol", "TCP");
        Str("appProtocol", "https");
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteStartArray("endpoints");
        _w.WriteStartObject();
        Str("address", _nodes[0].Ip);
        _w.WriteBoolean("ready", true);
        Str("nodeName", _nodes[0].Name);
        Str("zone", "zone-a");
        _w.WriteStartObject("targetRef");
        Str("kind", "Node");
        Str("name", _nodes[0].Name);
        Str("uid", Uid());
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
    }

    private void WriteIngress(DeploymentPlan d)
    {
        string host = $"{d.Name}.example.com";
        bool tls = d.Name.Length % 2 == 0;
        long created = d.Created + 3_600;
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", d.Name);
        Str("namespace", d.Namespace);
        Str("createdAt", Time(created));
        Str("age", Age(created));
        Str("ingressClass", "nginx");
        _w.WriteNumber("hostsCount", 2);
        _w.WriteNumber("pathsCount", 2);
        _w.WriteBoolean("tlsEnabled", tls);
        Strings("hosts", host, "www." + host);
        _w.WriteEndObject();
        _w.WriteStartObject("spec");
        Str("ingressClassName", "nginx");
        if (d == _deployments[0])
        {
            _w.WriteStartObject("defaultBackend");
            Str("type", "Resource");
            _w.WriteStartObject("resource");
            Str("apiGroup", "k8s.example.com");
            Str("kind", "StorageBucket");
            Str("name", "static-assets");
            Str("namespace", d.Namespace);
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        _w.WriteStartArray("rules");
        _w.WriteStartObject();
        Str("host", host);
        _w.WriteStartArray("paths");
        foreach ((string path, string type, string? portName) in (ReadOnlySpan<(string, string, string?)>)
            [("/", "Prefix", "http"), ("/api", "ImplementationSpecific", null)])
        {
            _w.WriteStartObject();
            Str("path", path);
            Str("pathType", type);
            _w.WriteStartObject("backend");
            Str("type", "Service");
            _w.WriteStartObject("service");
            Str("name", d.Name);
            Opt("portName", portName);
            OptInt("portNumber", portName is null ? 80 : 0);
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
        _w.WriteEndObject();
        // A rule without http paths: the agent marshals its nil slice as null.
        _w.WriteStartObject();
        Str("host", "www." + host);
        _w.WriteNull("paths");
        _w.WriteEndObject();
        _w.WriteEndArray();
        if (tls)
        {
            _w.WriteStartArray("tls");
            _w.WriteStartObject();
            Strings("hosts", host);
            Str("secretName", "shop-tls");
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        _w.WriteEndObject();
        _w.WriteStartObject("status");
        Strings("loadBalancer", "203.0.113.10");
        _w.WriteEndObject();
        Map("labels", ("app", d.Name));
        Map("annotations", ("nginx.ingress.kubernetes.io/proxy-body-size", "8m"),
            ("nginx.ingress.kubernetes.io/server-snippet", "if ($http_x_debug) { return 403; } # <internal> & staff only"));
        _w.WriteEndObject();
    }

    private void WriteNamespace(string ns)
    {
        long created = _now - (300 * 86_400L) + (ns.Length * 86_400L);
        List<PodPlan> pods = [.. _pods.Where(p => p.Namespace == ns)];
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", ns);
        Str("createdAt", Time(created));
        Str("age", Age(created));
        _w.WriteEndObject();
        _w.WriteStartObject("status");
        Str("phase", ns == "legacy" ? "Terminating" : "Active");
        _w.WriteEndObject();
        _w.WriteStartObject("resources");
        _w.WriteNumber("pods", pods.Count);
        _w.WriteNumber("podsRunning", pods.Count(p => p.Phase == "Running"));
        _w.WriteNumber("podsPending", pods.Count(p => p.Phase == "Pending"));
        _w.WriteNumber("podsFailed", 0);
        _w.WriteNumber("podsSucceeded", pods.Count(p => p.Phase == "Succeeded"));
        _w.WriteNumber("deployments", _deployments.Count(d => d.Namespace == ns));
        foreach (string key in (string[])["statefulSets", "daemonSets", "replicaSets", "jobs", "cronJobs", "services", "ingresses",
            "networkPolicies", "configMaps", "secrets", "serviceAccounts", "pvcs"])
        {
            _w.WriteNumber(key, ns == "shop" && key is "statefulSets" or "networkPolicies" ? 1 : 0);
        }

        _w.WriteEndObject();
        if (ns == "shop")
        {
            _w.WriteStartArray("quotas");
            WriteResourceQuota();
            _w.WriteEndArray();
            _w.WriteStartArray("limitRanges");
            WriteLimitRange();
            _w.WriteEndArray();
        }

        Map("labels", ("kubernetes.io/metadata.name", ns));
        Map("annotations", ns == "shop" ? [("owner", "team-shop")] : []);
        _w.WriteEndObject();
    }

    private void WriteKeyed(string kind, string ns, string name, string? type, string[] keys, (string, string)[] labels)
    {
        _w.WriteStartObject();
        WriteMeta(name, ns, kind, null, null, _now - (30 * 86_400L), labels);
        Opt("type", type);
        Strings("dataKeys", keys);
        _w.WriteEndObject();
    }

    private void WriteResourceQuota()
    {
        long created = _now - (50 * 86_400L);
        _w.WriteStartObject();
        Str("name", "shop-quota");
        Str("namespace", "shop");
        Str("createdAt", Time(created));
        Str("age", Age(created));
        Strings("scopes", "NotTerminating");
        // Every suffix class: plain, m, k, M, G, T, P, Ki, Mi, Gi, Ti, Pi and an exponent.
        Map("hard", ("requests.cpu", "40"), ("limits.cpu", "80000m"), ("requests.memory", "64Gi"), ("limits.memory", "128G"),
            ("pods", "1k"), ("requests.storage", "2Ti"), ("requests.ephemeral-storage", "1Pi"), ("count/configmaps", "1e2"),
            ("services", "50"), ("limits.ephemeral-storage", "2P"), ("requests.nvidia.com/gpu", "4"), ("persistentvolumeclaims", "20"),
            ("limits.hugepages-2Mi", "1T"), ("count/secrets", "100M"));
        Map("used", ("requests.cpu", "12500m"), ("limits.cpu", "25"), ("requests.memory", "20574Mi"), ("limits.memory", "41148Mi"),
            ("pods", "42"), ("requests.storage", "3Gi"), ("requests.ephemeral-storage", "0"), ("count/configmaps", "7"),
            ("services", "9"), ("limits.ephemeral-storage", "0"), ("requests.nvidia.com/gpu", "0"), ("persistentvolumeclaims", "3"),
            ("limits.hugepages-2Mi", "0"), ("count/secrets", "4"));
        Map("labels", ("team", "shop"));
        Map("annotations", ("quota.example.com/reviewed", "2025-05-01"));
        _w.WriteEndObject();
    }

    private void WriteLimitRange()
    {
        long created = _now - (50 * 86_400L);
        _w.WriteStartObject();
        Str("name", "shop-limits");
        Str("namespace", "shop");
        Str("createdAt", Time(created));
        Str("age", Age(created));
        _w.WriteStartArray("items");
        _w.WriteStartObject();
        Str("type", "Container");
        Map("default", ("cpu", "500m"), ("memory", "512Mi"));
        Map("defaultRequest", ("cpu", "100m"), ("memory", "128Mi"));
        Map("max", ("cpu", "4"), ("memory", "8Gi"));
        Map("min", ("cpu", "10m"), ("memory", "16Mi"));
        Map("maxLimitRequestRatio", ("cpu", "10"));
        _w.WriteEndObject();
        _w.WriteStartObject();
        Str("type", "PersistentVolumeClaim");
        Map("max", ("storage", "50Gi"));
        Map("min", ("storage", "1Gi"));
        _w.WriteEndObject();
        _w.WriteEndArray();
        Map("labels", ("team", "shop"));
        Map("annotations", ("limits.example.com/owner", "platform"));
        _w.WriteEndObject();
    }

    private void WriteNetworkPolicy(bool allow)
    {
        long created = _now - (20 * 86_400L);
        _w.WriteStartObject();
        Str("name", allow ? "allow-api" : "default-deny");
        Str("namespace", "shop");
        Str("createdAt", Time(created));
        Str("age", Age(created));
        Opt("podSelector", allow ? "{\"matchLabels\":{\"app\":\"api\"}}" : null);
        Strings("policyTypes", allow ? ["Ingress", "Egress"] : ["Ingress"]);
        _w.WriteNumber("ingressRuleCount", allow ? 1 : 0);
        _w.WriteNumber("egressRuleCount", allow ? 1 : 0);
        if (allow)
        {
            _w.WriteStartArray("ingressRules");
            _w.WriteStartObject();
            _w.WriteStartArray("peers");
            _w.WriteStartObject();
            Str("type", "namespaceSelector");
            Str("selector", "{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"shop\"}}");
            _w.WriteEndObject();
            _w.WriteStartObject();
            Str("type", "podSelector");
            Str("selector", "{\"matchLabels\":{\"app\":\"web\"}}");
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteStartArray("ports");
            _w.WriteStartObject();
            Str("protocol", "TCP");
            Str("port", "http");
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteStartArray("egressRules");
            _w.WriteStartObject();
            _w.WriteStartArray("peers");
            _w.WriteStartObject();
            Str("type", "ipBlock");
            Str("cidr", "10.0.0.0/8");
            Strings("except", "10.96.0.0/12");
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteStartArray("ports");
            _w.WriteStartObject();
            Str("protocol", "TCP");
            Str("port", "32000");
            _w.WriteNumber("endPort", 32_768);
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteEndObject();
            _w.WriteEndArray();
            Map("labels", ("app.kubernetes.io/managed-by", "Helm"));
            Map("annotations", ("meta.helm.sh/release-name", "shop"));
        }

        _w.WriteEndObject();
    }

    private void WriteServiceAccount(string ns, string name)
    {
        long created = _now - (40 * 86_400L);
        bool pulls = name != "default" && name.Length % 3 == 0;
        _w.WriteStartObject();
        Str("name", name);
        Str("namespace", ns);
        Str("createdAt", Time(created));
        Str("age", Age(created));
        bool token = ns == "legacy" && name == "default";
        _w.WriteNumber("secretsCount", token ? 1 : 0);
        _w.WriteNumber("imagePullSecretsCount", pulls ? 1 : 0);
        if (name == "default" && ns == "legacy")
        {
            _w.WriteBoolean("automountServiceAccountToken", false);
        }

        Strings("secretNames", token ? ["default-token-x7k2q"] : []);
        Strings("imagePullSecretNames", pulls ? ["registry-credentials"] : []);
        if (name != "default")
        {
            Map("labels", ("app.kubernetes.io/name", name));
            Map("annotations", ("eks.amazonaws.com/role-arn", $"arn:aws:iam::123456789012:role/{name}"));
        }

        _w.WriteEndObject();
    }

    private void WritePersistentVolume(int i)
    {
        (string capacity, string claim) = i switch
        {
            0 => ("100G", string.Empty),
            1 => ("10Gi", "backup-archive"),
            2 => ("1Ti", "ledger-data"),
            _ => ("1Gi", $"data-redis-{i - 3}"),
        };
        _w.WriteStartObject();
        WriteMeta($"pvc-{Uid()}", null, "PersistentVolume", null, null, _now - (80 * 86_400L));
        Str("capacity", capacity);
        Str("phase", claim.Length == 0 ? "Available" : "Bound");
        Str("storageClass", "local-path");
        Strings("accessModes", "ReadWriteOnce");
        Str("reclaimPolicy", claim.Length == 0 ? "Retain" : "Delete");
        Str("volumeSourceType", "HostPath");
        Opt("claimRefName", claim);
        Opt("claimRefNamespace", claim.Length == 0 ? null : i == 2 ? "payments" : "shop");
        _w.WriteEndObject();
    }

    private void WritePersistentVolumeClaim(int i)
    {
        (string name, string ns, string requested, string? actual) = i switch
        {
            1 => ("backup-archive", "shop", "10Gi", "10Gi"),
            2 => ("ledger-data", "payments", "1000Gi", "1Ti"),
            _ => ($"data-redis-{i - 3}", "shop", "1Gi", i == 3 ? "1Gi" : "1073741824"),
        };
        _w.WriteStartObject();
        WriteMeta(name, ns, "PersistentVolumeClaim", null, null, _now - (80 * 86_400L), ("app", name));
        Str("phase", "Bound");
        Str("volumeName", $"pvc-{Uid()}");
        Str("storageClass", "local-path");
        Strings("accessModes", "ReadWriteOnce");
        Str("requestedCapacity", requested);
        Opt("actualCapacity", actual);
        Str("volumeMode", "Filesystem");
        _w.WriteEndObject();
    }
}
