namespace Master.DataHub.Snapshots;

/// <summary>A TLS section of an Ingress.</summary>
public sealed class IngressTls
{
    /// <summary>The hosts covered; empty when none.</summary>
    public List<string> Hosts { get; set => field = value ?? []; } = [];

    /// <summary>The secret holding the certificate.</summary>
    public string SecretName { get; set; } = string.Empty;
}
