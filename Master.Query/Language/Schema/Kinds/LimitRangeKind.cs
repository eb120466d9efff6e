using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>limitranges</c> kind: the container defaults by name, every other limit through its wire fields.</summary>
internal static class LimitRangeKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<LimitRange>("limitranges", namespaced: true, snapshot => snapshot.LimitRanges, "limitrange", "limits")
        .Common(
            name: limitRange => limitRange.Name,
            ns: limitRange => limitRange.Namespace,
            created: limitRange => limitRange.CreatedAt,
            labels: limitRange => limitRange.Labels,
            annotations: limitRange => limitRange.Annotations)
        .TextList("types", limitRange => limitRange.Items.Select(item => item.Type), FieldType.Enum, "Container", "Pod", "PersistentVolumeClaim")
        .Cpu("default_cpu_limit", limitRange => Container(limitRange, item => item.Default, "cpu"))
        .Cpu("default_cpu_request", limitRange => Container(limitRange, item => item.DefaultRequest, "cpu"))
        .Memory("default_memory_limit", limitRange => Container(limitRange, item => item.Default, "memory"))
        .Memory("default_memory_request", limitRange => Container(limitRange, item => item.DefaultRequest, "memory"))
        .Defaults("namespace", "name", "types", "age")
        .Build();

    /// <summary>A value of the Container item, the one that gives pods their defaults.</summary>
    private static double? Container(LimitRange limitRange, Func<LimitRangeItem, Dictionary<string, Quantity>> values, string resource) =>
        limitRange.Items.Find(item => item.Type == "Container") is { } container && values(container).TryGetValue(resource, out var quantity)
            ? quantity.Value
            : null;
}
