using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>services</c> kind.</summary>
internal static class ServiceKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<Service>("services", namespaced: true, snapshot => snapshot.Services, "service", "svc")
        .Common(
            name: service => service.Summary.Name,
            ns: service => service.Summary.Namespace,
            created: service => service.Summary.CreatedAt,
            labels: service => service.Labels,
            annotations: service => service.Annotations)
        .Enum("type", service => service.Spec.Type, "ClusterIP", "NodePort", "LoadBalancer", "ExternalName")
        // The summary's clusterIP is optional on the wire; the spec's list carries the same address.
        .Text("cluster_ip", service => service.Summary.ClusterIP is { Length: > 0 } ip ? ip : service.Spec.ClusterIPs.FirstOrDefault())
        .TextList("external_ips", ExternalAddresses)
        .Text("external_ip", service => ExternalAddresses(service).FirstOrDefault())
        .IntList("ports.port", service => service.Ports.Select(port => port.Port))
        .TextList("ports.target_port", service => service.Ports.Select(port => port.TargetPort))
        // The agent writes 0 for "no node port", which must not match a port query.
        .IntList("ports.node_port", service => service.Ports.Where(port => port.NodePort != 0).Select(port => port.NodePort))
        .TextList("ports.protocol", service => service.Ports.Select(port => port.Protocol), FieldType.Enum, "TCP", "UDP", "SCTP")
        .Map("selector", service => service.Selector)
        .Enum("session_affinity", service => service.Spec.SessionAffinity, "None", "ClientIP")
        .Enum("external_traffic_policy", service => service.Spec.ExternalTrafficPolicy is { Length: > 0 } policy
            ? policy
            : service.Network.ExternalTrafficPolicy, "Cluster", "Local")
        .Defaults("namespace", "name", "type", "cluster_ip", "external_ip", "ports.port", "age")
        .Build();

    /// <summary>What kubectl's EXTERNAL-IP column shows: the load balancer's addresses, then the external IPs.</summary>
    private static IEnumerable<string> ExternalAddresses(Service service) => service.Network.LoadBalancerIngress
        .Concat(service.Spec.ExternalIPs)
        .Concat(service.Network.ExternalIPs)
        .Where(address => address.Length > 0)
        .Distinct(StringComparer.Ordinal);
}
