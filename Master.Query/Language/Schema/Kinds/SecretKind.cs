using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>secrets</c> kind; snapshots carry the keys, never the values.</summary>
internal static class SecretKind
{
    public static KindSchema Build() => new KindSchemaBuilder<Secret>("secrets", namespaced: true, snapshot => snapshot.Secrets, "secret")
        .Common(
            name: secret => secret.Name,
            ns: secret => secret.Namespace,
            created: secret => secret.CreatedAt,
            labels: secret => secret.Labels,
            uid: secret => secret.Uid,
            ownerKind: secret => secret.OwnerKind,
            ownerName: secret => secret.OwnerName)
        // Text, not an enum: operators add their own types (helm.sh/release.v1), which must not draw a warning.
        .Text("type", secret => secret.Type)
        .TextList("data_keys", secret => secret.DataKeys)
        .Int("key_count", secret => secret.DataKeys.Count)
        .Defaults("namespace", "name", "type", "key_count", "age")
        .Build();
}
