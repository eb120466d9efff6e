namespace Master.Testing.Snapshots;

internal sealed partial class SnapshotFixtureWriter
{
    private void WriteDeployment(DeploymentPlan d)
    {
        int ready = d.Ready;
        int unavailable = d.Replicas - ready;
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", d.Name);
        Str("namespace", d.Namespace);
        Str("strategy", "RollingUpdate");
        _w.WriteNumber("replicas", d.Replicas);
        _w.WriteNumber("updated", d.Replicas);
        _w.WriteNumber("ready", ready);
        _w.WriteNumber("available", ready);
        OptInt("unavailable", unavailable);
        OptBool("paused", d.Index == 1);
        Str("createdAt", Time(d.Created));
        Str("age", Age(d.Created));
        Str("selector", "app=" + d.Name);
        _w.WriteEndObject();

        _w.WriteStartObject("spec");
        _w.WriteNumber("replicas", d.Replicas);
        WriteSelector(d.Name, d.Index % 3 == 2 ? "backend" : null);
        _w.WriteStartObject("strategy");
        Str("type", "RollingUpdate");
        _w.WriteStartObject("rollingUpdate");
        Str("maxUnavailable", "25%");
        Str("maxSurge", "1");
        _w.WriteEndObject();
        _w.WriteEndObject();
        OptInt("minReadySeconds", d.Index % 2 == 0 ? 5 : 0);
        _w.WriteNumber("revisionHistoryLimit", 10);
        _w.WriteNumber("progressDeadlineSeconds", 600);
        _w.WriteEndObject();

        WriteTemplate(d.Name, d.Containers, d.Init, d.Index);
        _w.WriteStartObject("status");
        _w.WriteNumber("observedGeneration", 3);
        _w.WriteNumber("replicas", d.Replicas);
        OptInt("updatedReplicas", d.Replicas);
        OptInt("readyReplicas", ready);
        OptInt("availableReplicas", ready);
        OptInt("unavailableReplicas", unavailable);
        OptInt("collisionCount", d.Index == 1 ? 1 : 0);
        _w.WriteStartArray("conditions");
        WriteDeploymentCondition("Available", unavailable == 0 ? "True" : "False",
            unavailable == 0 ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable", d.Created);
        WriteDeploymentCondition("Progressing", "True", "NewReplicaSetAvailable", d.Created + 30);
        _w.WriteEndArray();
        _w.WriteEndObject();

        _w.WriteStartObject("rollout");
        Str("phase", unavailable == 0 ? "Available" : "Progressing");
        Opt("message", unavailable == 0 ? null : $"{unavailable} of {d.Replicas} replicas unavailable");
        Strings("badges", unavailable == 0 ? "Available" : "Progressing");
        _w.WriteEndObject();
        if (d.Index == 0)
        {
            // Declared but not filled by the current agent; an extended agent may send it.
            _w.WriteStartArray("replicaSets");
            _w.WriteStartObject();
            Str("name", d.ReplicaSet);
            Str("namespace", d.Namespace);
            Str("revision", "3");
            _w.WriteNumber("replicas", d.Replicas);
            _w.WriteNumber("ready", ready);
            _w.WriteNumber("available", ready);
            Str("image", d.Containers[0].Image);
            Str("createdAt", Time(d.Created + 86_400));
            Str("age", Age(d.Created + 86_400));
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        Map("annotations", ("deployment.kubernetes.io/revision", "3"));
        Map("labels", ("app", d.Name));
        _w.WriteEndObject();
    }

    private void WriteDeploymentCondition(string type, string status, string reason, long time)
    {
        _w.WriteStartObject();
        Str("type", type);
        Str("status", status);
        Str("reason", reason);
        Str("message", $"Deployment {reason}.");
        Str("lastUpdateTime", Time(time));
        Str("lastTransitionTime", Time(time));
        _w.WriteEndObject();
    }

    private void WriteSelector(string app, string? tier = null)
    {
        _w.WriteStartObject("selector");
        Map("matchLabels", ("app", app));
        if (tier is not null)
        {
            _w.WriteStartArray("matchExpressions");
            _w.WriteStartObject();
            Str("key", "tier");
            Str("operator", "In");
            Strings("values", tier, "shared");
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        _w.WriteEndObject();
    }

    // variant < 0 marks the DaemonSet's template, which runs on the host network everywhere.
    private void WriteTemplate(string app, List<ContainerPlan> containers, ContainerPlan? init, int variant = 0)
    {
        bool daemon = variant < 0;
        _w.WriteStartObject("template");
        Map("labels", ("app", app));
        if (variant % 3 == 1)
        {
            Map("annotations", ("prometheus.io/scrape", "true"), ("prometheus.io/port", "9090"));
        }

        _w.WriteStartArray("containers");
        for (int i = 0; i < containers.Count; i++)
        {
            _w.WriteStartObject();
            WriteContainerSpec(containers[i], i);
            _w.WriteEndObject();
        }

        _w.WriteEndArray();
        _w.WriteStartArray("volumes");
        WriteVolume("config", "ConfigMap", app + "-config");
        _w.WriteEndArray();
        Str("serviceAccountName", app);
        if (daemon)
        {
            Map("nodeSelector", ("kubernetes.io/os", "linux"));
            WriteTolerations(everything: true);
            Str("runtimeClassName", "runc");
        }

        WriteAffinity(variant);
        if (init is not null)
        {
            Strings("imagePullSecrets", "registry-credentials");
        }

        OptBool("hostNetwork", daemon);
        Str("dnsPolicy", daemon ? "ClusterFirstWithHostNet" : "ClusterFirst");
        _w.WriteEndObject();
    }

    private void WriteStatefulSet()
    {
        int replicas = 3;
        int ready = _pods.Count(p => p.OwnerKind == "StatefulSet");
        long created = _now - (90 * 86_400);
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", "redis");
        Str("namespace", "shop");
        _w.WriteNumber("replicas", replicas);
        _w.WriteNumber("ready", ready);
        _w.WriteNumber("current", ready);
        _w.WriteNumber("updated", ready);
        _w.WriteNumber("available", ready);
        Str("createdAt", Time(created));
        Str("age", Age(created));
        Str("serviceName", "redis");
        Str("selector", "app=redis");
        _w.WriteEndObject();
        _w.WriteStartObject("spec");
        _w.WriteNumber("replicas", replicas);
        Str("serviceName", "redis");
        Str("podManagementPolicy", "OrderedReady");
        _w.WriteStartObject("updateStrategy");
        Str("type", "RollingUpdate");
        _w.WriteNumber("partition", 0);
        Str("maxUnavailable", "1");
        _w.WriteEndObject();
        _w.WriteNumber("revisionHistoryLimit", 10);
        _w.WriteNumber("minReadySeconds", 10);
        _w.WriteStartObject("persistentVolumeClaimRetentionPolicy");
        Str("whenDeleted", "Retain");
        Str("whenScaled", "Retain");
        _w.WriteEndObject();
        WriteSelector("redis");
        _w.WriteStartArray("volumeClaimTemplates");
        _w.WriteStartObject();
        Str("name", "data");
        Strings("accessModes", "ReadWriteOnce");
        Str("storageClass", "local-path");
        Str("storage", "1Gi");
        Map("selector", ("app", "redis"));
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
        WriteTemplate("redis", [RedisContainer], null, variant: 1);
        _w.WriteStartObject("status");
        _w.WriteNumber("observedGeneration", 1);
        _w.WriteNumber("replicas", ready);
        OptInt("readyReplicas", ready);
        OptInt("currentReplicas", ready);
        OptInt("updatedReplicas", ready);
        OptInt("availableReplicas", ready);
        Str("currentRevision", "redis-7d9f8c6b5");
        Str("updateRevision", "redis-7d9f8c6b5");
        _w.WriteNumber("collisionCount", 0);
        _w.WriteStartArray("conditions");
        WriteWorkloadCondition("Available", ready == replicas ? "True" : "False", created + 60);
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteStartObject("rollout");
        Str("phase", ready == replicas ? "Available" : "Progressing");
        Str("message", $"{ready} of {replicas} replicas ready");
        Strings("badges", ready == replicas ? "Available" : "Progressing");
        _w.WriteEndObject();
        Map("annotations", ("meta.helm.sh/release-name", "redis"));
        Map("labels", ("app", "redis"));
        _w.WriteEndObject();
    }

    private void WriteDaemonSet()
    {
        int desired = _nodes.Count;
        int scheduled = _pods.Count(p => p.OwnerKind == "DaemonSet");
        int ready = _pods.Count(p => p.OwnerKind == "DaemonSet" && p.Node!.Ready == "True");
        long created = _now - (150 * 86_400);
        _w.WriteStartObject();
        _w.WriteStartObject("summary");
        Str("name", "node-exporter");
        Str("namespace", "monitoring");
        _w.WriteNumber("desiredNumberScheduled", desired);
        _w.WriteNumber("currentNumberScheduled", scheduled);
        _w.WriteNumber("numberReady", ready);
        _w.WriteNumber("numberAvailable", ready);
        _w.WriteNumber("numberUnavailable", desired - ready);
        _w.WriteNumber("numberMisscheduled", 0);
        _w.WriteNumber("updatedNumberScheduled", scheduled);
        Str("createdAt", Time(created));
        Str("age", Age(created));
        Str("selector", "app=node-exporter");
        _w.WriteEndObject();
        _w.WriteStartObject("spec");
        _w.WriteStartObject("updateStrategy");
        Str("type", "RollingUpdate");
        Str("maxUnavailable", "1");
        Str("maxSurge", "0");
        _w.WriteEndObject();
        _w.WriteNumber("minReadySeconds", 5);
        _w.WriteNumber("revisionHistoryLimit", 10);
        WriteSelector("node-exporter");
        _w.WriteEndObject();
        WriteTemplate("node-exporter", [ExporterContainer], null, variant: -1);
        _w.WriteStartObject("status");
        _w.WriteNumber("observedGeneration", 2);
        _w.WriteNumber("desiredNumberScheduled", desired);
        _w.WriteNumber("currentNumberScheduled", scheduled);
        _w.WriteNumber("numberReady", ready);
        _w.WriteNumber("numberMisscheduled", 0);
        OptInt("numberAvailable", ready);
        OptInt("numberUnavailable", desired - ready);
        OptInt("updatedNumberScheduled", scheduled);
        _w.WriteNumber("collisionCount", 1);
        _w.WriteStartArray("conditions");
        WriteWorkloadCondition("Progressing", "True", created + 30);
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteStartObject("rollout");
        Str("phase", ready == desired ? "Available" : "Progressing");
        Strings("badges", ready == desired ? "Available" : "Progressing");
        _w.WriteEndObject();
        Map("annotations", ("deprecated.daemonset.template.generation", "2"));
        Map("labels", ("app", "node-exporter"));
        _w.WriteEndObject();
    }

    private void WriteWorkloadCondition(string type, string status, long time)
    {
        _w.WriteStartObject();
        Str("type", type);
        Str("status", status);
        Str("lastUpdateTime", Time(time));
        Str("lastTransitionTime", Time(time));
        _w.WriteEndObject();
    }

    private List<(DeploymentPlan Deployment, bool Current)> ReplicaSetsPlan() =>
        [.. _deployments.SelectMany(d => d.HasOldReplicaSet ? new[] { (d, true), (d, false) } : [(d, true)])];

    private void WriteReplicaSet((DeploymentPlan Deployment, bool Current) rs)
    {
        DeploymentPlan d = rs.Deployment;
        int ready = rs.Current ? d.Ready : 0;
        _w.WriteStartObject();
        WriteMeta(rs.Current ? d.ReplicaSet : $"{d.Name}-{Suffix(10)}", d.Namespace, "ReplicaSet", "Deployment", d.Name,
            rs.Current ? d.Created + 86_400 : d.Created, ("app", d.Name));
        _w.WriteNumber("replicas", rs.Current ? d.Replicas : 0);
        _w.WriteNumber("readyReplicas", ready);
        _w.WriteNumber("availableReplicas", ready);
        Map("selector", ("app", d.Name), ("pod-template-hash", d.Hash));
        _w.WriteEndObject();
    }

    private void WriteMeta(string name, string? ns, string kind, string? ownerKind, string? ownerName, long created,
        params (string, string)[] labels) => WriteMeta(name, ns, kind, null, ownerKind, ownerName, created, labels);

    private void WriteMeta(string name, string? ns, string kind, string? nodeName, string? ownerKind, string? ownerName, long created,
        params (string, string)[] labels)
    {
        Str("uid", Uid());
        Str("name", name);
        Opt("namespace", ns);
        Str("kind", kind);
        Opt("nodeName", nodeName);
        Opt("ownerKind", ownerKind);
        Opt("ownerName", ownerName);
        Map("labels", labels);
        Str("createdAt", Time(created));
    }

    private static List<int> JobsPlan() => [0, 1, 2];

    private void WriteJob(int i)
    {
        bool failed = i == 2;
        string name = failed ? "db-migrate" : JobName(i);
        long start = _now - ((i + 1) * 86_400L);
        _w.WriteStartObject();
        WriteMeta(name, "batch", "Job", failed ? null : "CronJob", failed ? null : "backup", start, ("job-name", name));
        _w.WriteNumber("active", 0);
        _w.WriteNumber("succeeded", failed ? 0 : 1);
        _w.WriteNumber("failed", failed ? 1 : 0);
        _w.WriteBoolean("complete", !failed);
        _w.WriteNumber("completions", 1);
        _w.WriteNumber("parallelism", 1);
        _w.WriteNumber("backoffLimit", failed ? 0 : 6);
        WriteTemplate(name, [BackupContainer], null);
        _w.WriteStartArray("conditions");
        _w.WriteStartObject();
        Str("type", failed ? "Failed" : "Complete");
        Str("status", "True");
        Opt("reason", failed ? "BackoffLimitExceeded" : null);
        Opt("message", failed ? "Job has reached the specified backoff limit" : null);
        Str("lastTransitionTime", Time(start + 120));
        _w.WriteEndObject();
        _w.WriteEndArray();
        Str("startTime", Time(start));
        if (!failed)
        {
            Str("finishTime", Time(start + 120));
        }

        _w.WriteEndObject();
    }

    private void WriteCronJob(bool active)
    {
        string name = active ? "backup" : "report";
        _w.WriteStartObject();
        WriteMeta(name, "batch", "CronJob", null, null, _now - (60 * 86_400L), ("app", name));
        Str("schedule", active ? "0 2 * * *" : "*/30 * * * *");
        _w.WriteBoolean("suspend", !active);
        Str("concurrencyPolicy", "Forbid");
        _w.WriteNumber("successfulJobsHistoryLimit", 3);
        _w.WriteNumber("failedJobsHistoryLimit", 1);
        WriteTemplate(name, [BackupContainer], null);
        _w.WriteNumber("activeJobs", 0);
        if (active)
        {
            Str("lastScheduleTime", Time(_now - 86_400));
            Str("lastSuccessfulTime", Time(_now - 86_280));
        }

        _w.WriteEndObject();
    }
}
