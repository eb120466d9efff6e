using System.Text;
using System.Text.Json.Nodes;
using Master.DataHub.Snapshots;

namespace Master.Processor.Tests.Support;

/// <summary>The sample snapshot of agent-protocol.md §4.3.23 plus a PV and a quota, as JSON to edit before decoding.</summary>
internal static class SampleSnapshot
{
    public const string ClusterId = "4b0d6c8e-2f3a-4e61-9a57-0c1d2e3f4a5b";

    private const string Json = """
        {
          "clusterId": "4b0d6c8e-2f3a-4e61-9a57-0c1d2e3f4a5b",
          "fetchedAt": "2025-06-12T14:03:10.204918733+08:00",
          "pods": [{
            "summary": {"name": "api-5c8d7f9b4-qm2lp", "namespace": "shop", "nodeName": "worker-a",
                        "ownerKind": "ReplicaSet", "ownerName": "api-5c8d7f9b4",
                        "createdAt": "2025-06-10T09:12:44+08:00", "age": "2d"},
            "spec": {"restartPolicy": "Always", "serviceAccountName": "api", "dnsPolicy": "ClusterFirst"},
            "status": {"phase": "Running", "ready": "1/1", "restarts": 2, "qosClass": "Burstable",
                       "podIP": "10.42.1.23", "podIPs": ["10.42.1.23"], "hostIP": "192.168.10.21",
                       "conditions": [{"type": "Ready", "status": "True", "lastTransitionTime": "2025-06-10T09:13:02+08:00"}],
                       "cpuUsage": "12873401n", "memoryUsage": "81244Ki"},
            "containers": [{"name": "api", "image": "registry.local/shop/api:1.8.2", "imagePullPolicy": "IfNotPresent",
                            "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
                            "requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"memory": "512Mi"},
                            "readinessProbe": {"type": "httpGet", "path": "/ready", "port": 8080, "periodSeconds": 10},
                            "state": "running", "ready": true, "restartCount": 2,
                            "lastTerminationReason": "OOMKilled", "lastTerminationTime": "2025-06-11T22:40:05+08:00"}],
            "labels": {"app": "api"}
          }],
          "deployments": [], "statefulSets": [], "daemonSets": [],
          "replicaSets": [{"uid": "0f3e", "name": "api-5c8d7f9b4", "namespace": "shop", "kind": "ReplicaSet",
                           "ownerKind": "Deployment", "ownerName": "api", "createdAt": "2025-06-10T09:12:40+08:00",
                           "replicas": 1, "readyReplicas": 1, "availableReplicas": 1, "selector": {"app": "api"}}],
          "services": [], "ingresses": [],
          "namespaces": [{"summary": {"name": "shop", "createdAt": "2025-05-03T08:00:00+08:00", "age": "40d"},
                          "status": {"phase": "Active"}, "resources": {}}],
          "configMaps": null,
          "resourceQuotas": [{"name": "shop-quota", "namespace": "shop", "createdAt": "2025-05-03T08:00:00+08:00", "age": "40d",
                              "hard": {"pods": "20", "requests.cpu": "4", "requests.memory": "8Gi"}, "used": {"pods": "1"}}],
          "pvs": [{"uid": "7c1d", "name": "pv-data", "kind": "PersistentVolume", "createdAt": "2025-05-03T08:00:00+08:00",
                   "capacity": "10Gi", "phase": "Bound"}],
          "nodes": [{
            "summary": {"name": "worker-a", "roles": ["worker"], "ready": "True", "schedulable": true,
                        "age": "40d", "creationTime": "2025-05-03T08:00:00+08:00"},
            "spec": {"podCIDRs": ["10.42.1.0/24"]},
            "capacity": {"cpu": "8", "memory": "32823160Ki", "pods": "110", "ephemeralStorage": "102626232Ki"},
            "allocatable": {"cpu": "7800m", "memory": "32208760Ki", "pods": "110", "ephemeralStorage": "94580335255"},
            "addresses": {"hostname": "worker-a", "internalIP": "192.168.10.21",
                          "all": [{"type": "InternalIP", "address": "192.168.10.21"}]},
            "info": {"osImage": "Debian GNU/Linux 12", "operatingSystem": "linux", "architecture": "amd64",
                     "kubeletVersion": "v1.32.4"},
            "conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady",
                            "lastHeartbeatTime": "2025-06-12T14:02:58+08:00",
                            "lastTransitionTime": "2025-06-01T00:10:00+08:00"}],
            "metrics": {"cpu": {"usage": "1204556912n", "allocatable": "7800m", "capacity": "8", "utilPct": 15.44},
                        "memory": {"usage": "9812204Ki", "allocatable": "32208760Ki", "capacity": "32823160Ki", "utilPct": 30.46},
                        "pods": {"used": 31, "capacity": 110, "utilPct": 28.18}, "pressure": {}}
          }],
          "events": [{"uid": "9a1b", "name": "api-5c8d7f9b4-qm2lp.18480c2d", "namespace": "shop", "kind": "Event",
                      "createdAt": "2025-06-11T22:40:06+08:00", "type": "Warning", "reason": "BackOff",
                      "message": "Back-off restarting failed container api", "source": "kubelet",
                      "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "api-5c8d7f9b4-qm2lp"},
                      "count": 3, "firstTimestamp": "2025-06-11T22:40:06+08:00", "lastTimestamp": "2025-06-11T22:41:30+08:00"}],
          "summary": {"totalNodes": 1, "readyNodes": 1, "totalPods": 1, "runningPods": 1, "pendingPods": 0,
                      "failedPods": 0, "totalDeployments": 0, "healthyDeployments": 0, "totalStatefulSets": 0,
                      "totalDaemonSets": 0, "totalServices": 0, "totalIngresses": 0, "totalNamespaces": 0,
                      "totalEvents": 1, "warningEvents": 1}
        }
        """;

    /// <summary>A fresh editable copy.</summary>
    public static JsonObject Create() => JsonNode.Parse(Json)!.AsObject();

    /// <summary>The UTF-8 bytes of <paramref name="json"/>.</summary>
    public static byte[] Bytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    /// <summary>Decodes <paramref name="json"/> the way the ingest path does.</summary>
    public static ClusterSnapshot Decode(JsonObject json) => SnapshotJson.Deserialize(Bytes(json));

    /// <summary>The unedited sample, decoded.</summary>
    public static ClusterSnapshot Decode() => Decode(Create());
}
