using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>resourcequotas</c> kind: the usual limits by name, every other one through its wire fields.</summary>
internal static class ResourceQuotaKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<ResourceQuota>("resourcequotas", namespaced: true, snapshot => snapshot.ResourceQuotas, "resourcequota", "quota")
        .Common(
            name: quota => quota.Name,
            ns: quota => quota.Namespace,
            created: quota => quota.CreatedAt,
            labels: quota => quota.Labels,
            annotations: quota => quota.Annotations)
        .TextList("scopes", quota => quota.Scopes)
        .TextList("resources", quota => quota.Hard.Keys)
        // A bare "cpu" or "memory" key means the same as requests.cpu or requests.memory in a quota.
        .Cpu("cpu_request_hard", quota => Value(quota.Hard, "requests.cpu", "cpu"))
        .Cpu("cpu_request_used", quota => Value(quota.Used, "requests.cpu", "cpu"))
        .Cpu("cpu_limit_hard", quota => Value(quota.Hard, "limits.cpu"))
        .Cpu("cpu_limit_used", quota => Value(quota.Used, "limits.cpu"))
        .Memory("memory_request_hard", quota => Value(quota.Hard, "requests.memory", "memory"))
        .Memory("memory_request_used", quota => Value(quota.Used, "requests.memory", "memory"))
        .Memory("memory_limit_hard", quota => Value(quota.Hard, "limits.memory"))
        .Memory("memory_limit_used", quota => Value(quota.Used, "limits.memory"))
        .Number("pods_hard", FieldType.Int, quota => Value(quota.Hard, "pods", "count/pods"))
        .Number("pods_used", FieldType.Int, quota => Value(quota.Used, "pods", "count/pods"))
        .Defaults("namespace", "name", "resources", "age")
        .Build();

    private static double? Value(Dictionary<string, Quantity> quantities, string key, string? alias = null) =>
        quantities.TryGetValue(key, out var quantity) || (alias is not null && quantities.TryGetValue(alias, out quantity))
            ? quantity.Value
            : null;
}
