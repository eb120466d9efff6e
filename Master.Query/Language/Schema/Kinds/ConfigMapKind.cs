using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>configmaps</c> kind; snapshots carry the keys, never the values.</summary>
internal static class ConfigMapKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<ConfigMap>("configmaps", namespaced: true, snapshot => snapshot.ConfigMaps, "configmap", "cm")
        .Common(
            name: configMap => configMap.Name,
            ns: configMap => configMap.Namespace,
            created: configMap => configMap.CreatedAt,
            labels: configMap => configMap.Labels,
            uid: configMap => configMap.Uid,
            ownerKind: configMap => configMap.OwnerKind,
            ownerName: configMap => configMap.OwnerName)
        .TextList("data_keys", configMap => configMap.DataKeys)
        .Int("key_count", configMap => configMap.DataKeys.Count)
        .Defaults("namespace", "name", "key_count", "age")
        .Build();
}
