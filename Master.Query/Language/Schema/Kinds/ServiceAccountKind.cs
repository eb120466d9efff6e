using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>serviceaccounts</c> kind.</summary>
internal static class ServiceAccountKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<ServiceAccount>("serviceaccounts", namespaced: true, snapshot => snapshot.ServiceAccounts, "serviceaccount", "sa")
        .Common(
            name: account => account.Name,
            ns: account => account.Namespace,
            created: account => account.CreatedAt,
            labels: account => account.Labels,
            annotations: account => account.Annotations)
        .Int("secrets", account => account.SecretsCount)
        .Int("image_pull_secrets", account => account.ImagePullSecretsCount)
        .Bool("automount", account => account.AutomountServiceAccountToken)
        .TextList("secret_names", account => account.SecretNames)
        .Defaults("namespace", "name", "secrets", "age")
        .Build();
}
