using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>networkpolicies</c> kind; the rules themselves are reachable through the wire fields.</summary>
internal static class NetworkPolicyKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<NetworkPolicy>(
            "networkpolicies", namespaced: true, snapshot => snapshot.NetworkPolicies, "networkpolicy", "netpol")
        .Common(
            name: policy => policy.Name,
            ns: policy => policy.Namespace,
            created: policy => policy.CreatedAt,
            labels: policy => policy.Labels,
            annotations: policy => policy.Annotations)
        // The agent sends the selector JSON-encoded; null means the empty selector, every pod of the namespace.
        .Text("pod_selector", policy => policy.PodSelector)
        .TextList("policy_types", policy => policy.PolicyTypes, FieldType.Enum, "Ingress", "Egress")
        .Int("ingress_rules", policy => policy.IngressRuleCount)
        .Int("egress_rules", policy => policy.EgressRuleCount)
        .Defaults("namespace", "name", "pod_selector", "policy_types", "age")
        .Build();
}
