namespace Master.DataHub.Snapshots;

/// <summary>A ServiceAccount (agent-protocol.md §4.3.17).</summary>
public sealed class ServiceAccount
{
    /// <summary>The service account name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The service account namespace.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The creationTimestamp, in UTC.</summary>
    public Timestamp CreatedAt { get; set; }

    /// <summary>The age as the agent formatted it at collection.</summary>
    public string Age { get; set; } = string.Empty;

    /// <summary>Number of referenced secrets.</summary>
    public int SecretsCount { get; set; }

    /// <summary>Number of image pull secrets.</summary>
    public int ImagePullSecretsCount { get; set; }

    /// <summary>Whether the token is automounted; null when not set.</summary>
    public bool? AutomountServiceAccountToken { get; set; }

    /// <summary>Names of the referenced secrets; empty when none.</summary>
    public List<string> SecretNames { get; set => field = value ?? []; } = [];

    /// <summary>Names of the image pull secrets; empty when none.</summary>
    public List<string> ImagePullSecretNames { get; set => field = value ?? []; } = [];

    /// <summary>The service account's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The service account's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
